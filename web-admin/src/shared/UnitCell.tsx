import { Flex, Tag } from 'antd';
import { graphql } from '../gql';
import { Muted } from './text';

/** Where a retiree is managed, for the 社区 cell of a list (and a record's 管理社区). */
export const RETIREE_UNITS = graphql(`
  fragment RetireeUnits on Retiree {
    community {
      id
      name
    }
    township {
      id
      name
    }
  }
`);

interface Unit {
  name: string;
}

/** A list's 社区 cell: the community over its township, or 待分配社区 for a new retiree not yet placed. */
export function UnitCell({ community, township }: { community?: Unit | null; township?: Unit | null }) {
  if (!community) return <Tag color="warning">待分配社区</Tag>;
  return (
    <Flex vertical>
      <span>{community.name}</span>
      {township && <Muted style={{ fontSize: 12 }}>{township.name}</Muted>}
    </Flex>
  );
}
