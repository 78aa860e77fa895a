import { Flex, Progress } from 'antd';
import type { CaseItemStatus } from '../../gql/graphql';
import { caseProgress } from './labels';

/** 进度: the items settled (done or not applicable) of five, as a bar and "3/5". */
export function CaseProgress({ items }: { items: readonly { status: CaseItemStatus }[] }) {
  const { settled, total } = caseProgress(items);
  return (
    <Flex align="center" gap={8}>
      <Progress
        percent={total ? Math.round((settled / total) * 100) : 0}
        showInfo={false}
        size="small"
        status={total > 0 && settled === total ? 'success' : 'normal'}
        aria-label={`已办结 ${settled} / ${total} 项`}
        style={{ width: 64, margin: 0 }}
      />
      <span style={{ fontVariantNumeric: 'tabular-nums' }}>
        {settled}/{total}
      </span>
    </Flex>
  );
}
