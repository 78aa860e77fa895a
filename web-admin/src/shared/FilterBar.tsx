import { Flex, Segmented, Select } from 'antd';
import type { ReactNode } from 'react';

/** The row of filters above a list's table. */
export function FilterBar({ children }: { children: ReactNode }) {
  return (
    <Flex gap={12} wrap style={{ marginBottom: 16 }}>
      {children}
    </Flex>
  );
}

interface FilterSelectProps {
  /** Its accessible name, e.g. 状态. */
  label: string;
  /** Shown when nothing is chosen, e.g. 全部状态. */
  placeholder: string;
  value: string | undefined;
  options: { value: string; label: string }[];
  /** `undefined` when cleared. */
  onChange: (value: string | undefined) => void;
  width: number;
}

/** One clearable choice of a FilterBar, usually bound to a URL param (`useParamFilters`). */
export function FilterSelect({ label, placeholder, value, options, onChange, width }: FilterSelectProps) {
  return <Select aria-label={label} placeholder={placeholder} allowClear value={value} onChange={(v?: string) => onChange(v)} options={options} style={{ width }} />;
}

interface FilterSegmentedProps<V extends string> {
  /** Its accessible name, e.g. 认证状态. */
  label: string;
  value: V;
  options: { value: V; label: string }[];
  onChange: (value: V) => void;
}

/** A FilterBar choice that always has a value (one of a few, all in view), e.g. a list that shows one status at a time. */
export function FilterSegmented<V extends string>({ label, value, options, onChange }: FilterSegmentedProps<V>) {
  return <Segmented<V> aria-label={label} value={value} options={options} onChange={onChange} />;
}
