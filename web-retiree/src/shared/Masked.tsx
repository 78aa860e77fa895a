/**
 * A masked number such as 330683********1902. Screen readers would read every asterisk aloud,
 * so they get "330683，中间8位已隐藏，1902" instead.
 */
export function Masked({ value }: { value: string }) {
  const spoken = value.replace(/\*+/g, (stars) => `，中间${stars.length}位已隐藏，`).replace(/^，|，$/g, '');
  if (spoken === value) return <>{value}</>;
  return (
    <>
      <span aria-hidden="true" className="masked">
        {value}
      </span>
      <span className="sr-only">{spoken}</span>
    </>
  );
}
