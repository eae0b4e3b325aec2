import { useEffect, useRef } from 'react'

interface StepsProps {
  steps: string[]
  current: number
}

/**
 * Where the officer is in a multi-step flow, as an ordered list a screen reader can follow. When
 * the step changes, the button that moved it on has usually gone with the old step, so the new
 * current step takes focus (not on arrival: the screen's heading has it then).
 */
export function Steps({ steps, current }: StepsProps) {
  const currentItem = useRef<HTMLLIElement>(null)
  const shown = useRef(current)
  useEffect(() => {
    if (shown.current === current) return
    shown.current = current
    currentItem.current?.focus()
  }, [current])
  return (
    <ol className="steps" aria-label="Steps">
      {steps.map((step, index) => (
        <li
          key={step}
          ref={index === current ? currentItem : undefined}
          tabIndex={index === current ? -1 : undefined}
          className={`steps__item${index === current ? ' steps__item--current' : ''}${index < current ? ' steps__item--done' : ''}`}
          aria-current={index === current ? 'step' : undefined}
        >
          <span className="steps__number">{index + 1}</span> {step}
        </li>
      ))}
    </ol>
  )
}
