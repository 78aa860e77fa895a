import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

/**
 * The one list shape (DESIGN.md §6): a page of items, the cursor of the next page, and the total.
 * `class TaskList extends PageOf(Task) {}` under `@ObjectType('TaskList')`.
 */
export function PageOf<T extends object>(item: ClassType<T>, totalDescription = '符合条件的总数') {
  @ObjectType()
  abstract class Page {
    @Field(() => [item])
    items!: T[];

    @Field(() => String, { nullable: true, description: '下一页游标；没有更多时为空' })
    nextCursor!: string | null;

    @Field(() => Int, { description: totalDescription })
    total!: number;
  }
  return Page;
}
