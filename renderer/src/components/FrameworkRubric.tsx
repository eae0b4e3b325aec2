import { GRADES } from '../../../shared/domain'
import type { Criterion, Framework, GradeDescriptors, GradeValue } from '../../../shared/domain'
import { ANALYSER_GROUP_OPTIONS } from '../state/frameworks'

function analyserLabel(group: NonNullable<Criterion['analyser']>): string {
  return ANALYSER_GROUP_OPTIONS.find((option) => option.value === group)?.label ?? group
}

const GRADE_CLASS: Record<GradeValue, string> = {
  4: 'outstanding',
  3: 'good',
  2: 'requires-improvement',
  1: 'inadequate'
}

/** "Requires improvement and Inadequate": grades written out, best first. */
function gradeList(grades: readonly GradeValue[]): string {
  const labels = GRADES.filter((g) => grades.includes(g.value)).map((g) => g.label)
  if (labels.length === 0) return 'Never'
  return labels.length === 1
    ? labels[0]!
    : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)!}`
}

/** The four descriptors as a table: each grade written out, with its colour as a margin only. */
export function FrameworkDescriptorTable({
  descriptors,
  caption
}: {
  descriptors: GradeDescriptors
  caption: string
}) {
  return (
    <table className="table table--compact descriptor-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="descriptor-table__grade">
            Grade
          </th>
          <th scope="col">What it looks like</th>
        </tr>
      </thead>
      <tbody>
        {GRADES.map((grade) => (
          <tr
            key={grade.value}
            className={`descriptor-table__row grade--${GRADE_CLASS[grade.value]}`}
          >
            <th scope="row" className="descriptor-table__grade">
              {grade.label}
            </th>
            <td>{descriptors[String(grade.value) as keyof GradeDescriptors]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function CriterionSection({ criterion, position }: { criterion: Criterion; position: number }) {
  const headingId = `criterion-${criterion.key}`
  return (
    <section className="rubric-criterion" aria-labelledby={headingId}>
      <h2 className="section-title" id={headingId}>
        {position}. {criterion.title}
      </h2>
      <p className="rubric-criterion__question">{criterion.question}</p>
      {criterion.guidance && <p className="rubric-criterion__guidance">{criterion.guidance}</p>}
      <FrameworkDescriptorTable
        descriptors={criterion.descriptors}
        caption={`${criterion.title}: descriptors for each grade`}
      />
      <div className="rubric-criterion__details">
        <div>
          <h3 className="rubric-criterion__subtitle">Evidence prompts</h3>
          {criterion.prompts.length === 0 ? (
            <p className="secondary">None.</p>
          ) : (
            <ul className="rubric-criterion__prompts">
              {criterion.prompts.map((prompt) => (
                <li key={prompt.key}>{prompt.text}</li>
              ))}
            </ul>
          )}
        </div>
        <dl className="summary-list summary-list--compact rubric-criterion__flags">
          <div className="summary-list__row">
            <dt>N/A allowed</dt>
            <dd>{criterion.allowNotApplicable ? 'Yes' : 'No'}</dd>
          </div>
          <div className="summary-list__row">
            <dt>Evidence note required at</dt>
            <dd>{gradeList(criterion.evidenceRequiredAt)}</dd>
          </div>
          <div className="summary-list__row">
            <dt>Limits the overall judgement</dt>
            <dd>
              {criterion.limitsOverall
                ? 'Yes: the overall grade cannot be better than this one'
                : 'No'}
            </dd>
          </div>
          {criterion.analyser && (
            <div className="summary-list__row">
              <dt>Analyser prompts</dt>
              <dd>{analyserLabel(criterion.analyser)}</dd>
            </div>
          )}
        </dl>
      </div>
    </section>
  )
}

/** The whole rubric, readable: every criterion with its descriptors and flags, then the overall. */
export function FrameworkRubric({ framework }: { framework: Framework }) {
  return (
    <>
      {framework.criteria.map((criterion, index) => (
        <CriterionSection key={criterion.key} criterion={criterion} position={index + 1} />
      ))}
      <section className="rubric-criterion rubric-criterion--overall" aria-labelledby="overall">
        <h2 className="section-title" id="overall">
          Overall judgement: {framework.overall.title}
        </h2>
        <p className="rubric-criterion__question">{framework.overall.question}</p>
        <FrameworkDescriptorTable
          descriptors={framework.overall.descriptors}
          caption="Overall judgement: descriptors for each grade"
        />
        <dl className="summary-list summary-list--compact rubric-criterion__flags">
          <div className="summary-list__row">
            <dt>Rationale required</dt>
            <dd>{framework.overall.rationaleRequired ? 'Yes' : 'No'}</dd>
          </div>
          <div className="summary-list__row">
            <dt>Limited by</dt>
            <dd>
              {framework.criteria
                .filter((c) => c.limitsOverall)
                .map((c) => c.title)
                .join(', ') || 'No criterion'}
            </dd>
          </div>
        </dl>
      </section>
    </>
  )
}
