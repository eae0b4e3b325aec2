interface StepsProps {
  steps: string[]
  current: number
}

/** Where the officer is in a multi-step flow, as an ordered list a screen reader can follow. */
export function Steps({ steps, current }: StepsProps) {
  return (
    <ol className="steps" aria-label="Steps">
      {steps.map((step, index) => (
        <li
          key={step}
          className={`steps__item${index === current ? ' steps__item--current' : ''}${index < current ? ' steps__item--done' : ''}`}
          aria-current={index === current ? 'step' : undefined}
        >
          <span className="steps__number">{index + 1}</span> {step}
        </li>
      ))}
    </ol>
  )
}
