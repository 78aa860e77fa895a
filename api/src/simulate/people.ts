/** Who a simulated event is about, as the ground truth names them. */
import type { Gender } from '../common/id-number.js';
import type { Person } from '../seed/population.js';
import type { SimulationContext } from './context.js';

export interface PersonRef {
  /** Index in the seeded population (retiree id − 1); −1 for people who are not retirees of ours. */
  index: number;
  idNumber: string;
  name: string;
  gender: Gender;
  birthDate: string;
  communityCode: string | null;
  communityName: string | null;
}

export function personRef(ctx: SimulationContext, person: Person): PersonRef {
  const community = ctx.communityById.get(person.row.communityId);
  return {
    index: person.index,
    idNumber: person.row.idNumber,
    name: person.row.name,
    gender: person.row.gender,
    birthDate: person.row.birthDate,
    communityCode: community?.unit.code ?? null,
    communityName: community?.unit.name ?? null,
  };
}
