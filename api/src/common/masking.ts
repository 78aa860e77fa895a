/**
 * Masking of sensitive values shown by default. The full value needs a permission, a reason
 * and leaves an audit row (see the audit module).
 */
export function maskIdNumber(value: string | null | undefined): string | null {
  if (!value) return value ?? null;
  // 330102********123X: area code stays (it tells staff the birthplace), birth date hidden.
  return value.length >= 10 ? `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}` : '*'.repeat(value.length);
}

export function maskBankAccount(value: string | null | undefined): string | null {
  if (!value) return value ?? null;
  return value.length > 8 ? `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}` : '*'.repeat(value.length);
}

export function maskPhone(value: string | null | undefined): string | null {
  if (!value) return value ?? null;
  return value.length >= 7 ? `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}` : '*'.repeat(value.length);
}
