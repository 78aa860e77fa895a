import { graphql } from '../../gql';

/** The org tree the viewer may see, for the area selector and unit pickers. */
export const AREA_TREE_QUERY = graphql(`
  query AreaTree {
    orgUnits {
      id
      name
      parentId
      level
      retireeCount
    }
  }
`);
