/**
 * SQL fragments over shared-data records (life_event) that several modules judge people by:
 * the risk scan, passive certification, 身后一件事. One definition each, so they never disagree.
 */

/** A record that counts: matched to a retiree by ID number, or confirmed by a person who reviewed it. */
export const usableRecord = (e: string) => `${e}.match_status in ('MATCHED', 'CONFIRMED') and ${e}.retiree_id is not null`;

/**
 * The IMPRISONMENT record `i` has no usable RELEASE on or after its date — up to `asOf` (a SQL
 * date expression) when given: the person is (or was, on that day) still in prison.
 */
export const notReleased = (i: string, asOf?: string) =>
  `not exists (select 1 from life_event rel where rel.retiree_id = ${i}.retiree_id and rel.kind = 'RELEASE' and ${usableRecord('rel')}
                 and rel.event_date >= ${i}.event_date${asOf ? ` and rel.event_date <= ${asOf}` : ''})`;
