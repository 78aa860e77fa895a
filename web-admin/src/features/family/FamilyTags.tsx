import { Tag } from 'antd';

/** 近亲属 / 紧急联系人 */
export function FamilyTags({ member }: { member: { isNextOfKin: boolean; isEmergencyContact: boolean } }) {
  return (
    <>
      {member.isNextOfKin && <Tag color="blue">近亲属</Tag>}
      {member.isEmergencyContact && <Tag color="volcano">紧急联系人</Tag>}
    </>
  );
}
