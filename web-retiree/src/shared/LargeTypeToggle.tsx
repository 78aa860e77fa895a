import { useLargeType } from './largeType';

/** The 大字模式 switch: on every screen, remembered on this phone. */
export function LargeTypeToggle() {
  const [on, setOn] = useLargeType();
  return (
    <button type="button" role="switch" aria-checked={on} className="type-toggle" onClick={() => setOn(!on)}>
      <span className="type-toggle__label">大字模式</span>
      <span className={`type-toggle__state${on ? ' is-on' : ''}`} aria-hidden="true">
        {on ? '开' : '关'}
      </span>
    </button>
  );
}
