import { useId } from 'react'
import { useI18n } from '../i18n/i18n.js'

/**
 * A labelled text field with a live length counter. `recommended` is what search engines and
 * feeds show (the counter warns past it); `max` is what the server accepts (typing stops there).
 */
export function CountedField({
  label,
  value,
  onChange,
  onBlur,
  recommended,
  max,
  multiline,
  readOnly,
  className,
}: {
  label: string
  value: string
  onChange(value: string): void
  onBlur?(): void
  recommended: number
  max: number
  multiline?: boolean
  readOnly?: boolean
  className?: string
}) {
  const { t } = useI18n()
  const id = useId()
  const counterId = `${id}-count`
  const count = [...value].length
  const over = count > recommended
  const props = {
    id,
    value,
    maxLength: max,
    readOnly,
    'aria-describedby': counterId,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    onBlur,
  }
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
      <span id={counterId} className={over ? 'counter over' : 'counter'} aria-live="polite">
        {over ? t('story.counterOver', { count, max: recommended }) : t('story.counter', { count, max: recommended })}
      </span>
    </div>
  )
}
