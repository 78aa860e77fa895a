import { badInput } from './errors.js';

/** Trimmed free text of `min`..`max` characters, refused by field with the label in the message. */
export function cleanText(value: string | null | undefined, field: string, label: string, min: number, max: number): string {
  const text = (value ?? '').trim();
  if (text.length < min) throw badInput(field, min > 1 ? `请填写${label}（至少 ${min} 个字）` : `请填写${label}`);
  if (text.length > max) throw badInput(field, `${label}太长了（不超过 ${max} 字）`);
  return text;
}
