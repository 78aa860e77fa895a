import { InputNumber, type InputNumberProps } from 'antd';

/** An amount in yuan (两位小数, not below 0), as the console's forms type money; send it with `yuanToFen`. Use it inside a Form.Item. */
export function YuanInput(props: InputNumberProps<number>) {
  return <InputNumber<number> min={0} precision={2} step={100} prefix="¥" style={{ width: 220 }} {...props} />;
}
