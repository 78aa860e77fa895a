import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { request } from '../../app/api';
import { useSession } from '../../app/session';
import { useQuery } from '../../app/useQuery';
import { Button, buttonClass } from '../../shared/Button';
import { ConfirmStep } from '../../shared/ConfirmStep';
import { Facts } from '../../shared/Facts';
import { Masked } from '../../shared/Masked';
import { Page } from '../../shared/Page';
import { QueryState } from '../../shared/QueryState';
import { MyFamilyQuery, RemoveMyFamilyMemberMutation, type FamilyMember } from './family.documents';
import { MemberForm } from './MemberForm';
import './family.css';

const masked = (value: string | null | undefined) => (value ? <Masked value={value} /> : null);

interface MemberCardProps {
  member: FamilyMember;
  onRemoved(member: FamilyMember): void;
  onExpired(): void;
}

function MemberCard({ member, onRemoved, onExpired }: MemberCardProps) {
  const titleId = `member-${member.id}-title`;

  return (
    <li className="card member" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title member__title">
        <span className="member__relation">{member.relation}</span>
        <span className="member__name">{member.name}</span>
      </h2>
      {(member.isEmergencyContact || member.isNextOfKin) && (
        <p className="member__tags">
          {member.isEmergencyContact && <span className="badge member__tag">紧急联系人</span>}
          {member.isNextOfKin && <span className="badge member__tag">近亲属</span>}
        </p>
      )}
      <Facts
        rows={[
          ['电话', masked(member.phone)],
          ['身份证号', masked(member.idNumber)],
        ]}
      />
      <ConfirmStep
        id={titleId}
        question={`确定要删除${member.name}吗？`}
        detail="删除后，社区就看不到这位家人的信息了。以后需要时可以重新登记。"
        confirmLabel="确定删除"
        busyText="正在删除……"
        keepLabel="不删除"
        action={async () => {
          await request(RemoveMyFamilyMemberMutation, { id: member.id });
          onRemoved(member);
        }}
        onExpired={onExpired}
        opener={(ask, ref) => (
          <div className="member__actions">
            <Link className={buttonClass('secondary', false)} to={`/family?edit=${encodeURIComponent(member.id)}`} state={{ fromList: true }}>
              修改<span className="sr-only">{member.name}的信息</span>
            </Link>
            <Button ref={ref} variant="secondary" block={false} onClick={ask}>
              删除<span className="sr-only">{member.name}</span>
            </Button>
          </div>
        )}
      />
    </li>
  );
}

/** What was just done, said once at the top of the list; focus goes there so it is heard. */
function DoneNotice({ text }: { text: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // After the page heading has taken focus for the list (its effect runs after this one).
    const frame = requestAnimationFrame(() => ref.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [text]);
  return (
    <p className="notice notice--success" role="status" ref={ref} tabIndex={-1}>
      {text}
    </p>
  );
}

export default function FamilyPage() {
  const result = useQuery(MyFamilyQuery);
  const { expire } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  // Changed on this screen: newer than what was loaded.
  const [members, setMembers] = useState<FamilyMember[] | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const editing = params.get('edit');
  const list = members ?? (result.status === 'done' ? result.data.myFamilyMembers : []);
  const member = editing && editing !== 'new' ? list.find((m) => m.id === editing) : undefined;

  // The form is a history entry: the phone's back button (and 返回) return to the list.
  const backToList = () => {
    if ((location.state as { fromList?: boolean } | null)?.fromList) navigate(-1);
    else navigate('/family', { replace: true });
  };
  const saved = (m: FamilyMember) => {
    setMembers(member ? list.map((x) => (x.id === m.id ? m : x)) : [...list, m]);
    setDone(member ? `已保存${m.name}的修改。` : `已登记${m.name}。`);
    backToList();
  };
  const removed = (m: FamilyMember) => {
    setMembers(list.filter((x) => x.id !== m.id));
    setDone(`已删除${m.name}。`);
  };

  // A "saved" or "deleted" note is about the last visit to the list, not the next one.
  useEffect(() => {
    if (editing) setDone(null);
  }, [editing]);

  const title = editing === 'new' ? '登记家庭成员' : editing ? '修改家庭成员' : '家庭成员';
  const nav = editing ? { onBack: backToList, homeLink: true } : { backTo: '/' };

  return (
    <Page title={title} {...nav}>
      <QueryState result={result}>
        {({ familyRelations }) => {
          if (editing) {
            if (editing !== 'new' && !member) {
              return (
                <>
                  <p className="lead">没有找到这位家庭成员，可能已经删除了。</p>
                  <Link className={buttonClass('primary')} to="/family" replace>
                    看看家庭成员
                  </Link>
                </>
              );
            }
            return <MemberForm key={editing} member={member} relations={familyRelations} onSaved={saved} onCancel={backToList} onExpired={expire} />;
          }
          return (
            <>
              {done && <DoneNotice text={done} />}
              <p className="lead">登记家里人的联系方式。遇到急事，社区会先联系您的紧急联系人。电话和身份证号只显示一部分，保护隐私。</p>
              {list.length ? (
                <ul className="members">
                  {list.map((m) => (
                    <MemberCard key={m.id} member={m} onRemoved={removed} onExpired={expire} />
                  ))}
                </ul>
              ) : (
                <p className="members__empty">还没有登记家庭成员。</p>
              )}
              <Link className={buttonClass('primary')} to="/family?edit=new" state={{ fromList: true }}>
                登记一位家庭成员
              </Link>
            </>
          );
        }}
      </QueryState>
    </Page>
  );
}
