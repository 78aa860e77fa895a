import { Alert, Button, Descriptions, Modal, Typography } from 'antd';

export interface Credentials {
  username: string;
  displayName: string;
  temporaryPassword: string;
}

/** The one and only time a temporary password is shown: the API keeps only its hash. */
export function CredentialsModal({ title, credentials, onClose }: { title: string; credentials: Credentials | null; onClose: () => void }) {
  return (
    <Modal
      open={!!credentials}
      title={title}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          我已记下
        </Button>
      }
    >
      {credentials && (
        <>
          <Alert
            type="warning"
            showIcon
            title="临时密码只显示这一次"
            description="关闭后无法再次查看。请当面或电话告知本人，并提醒其首次登录后立即修改密码。"
            style={{ marginBottom: 16 }}
          />
          <Descriptions
            column={1}
            bordered
            size="small"
            items={[
              { key: 'username', label: '用户名', children: credentials.username },
              { key: 'name', label: '姓名', children: credentials.displayName },
              {
                key: 'password',
                label: '临时密码',
                children: (
                  <Typography.Text
                    copyable={{ text: credentials.temporaryPassword, tooltips: ['复制', '已复制'] }}
                    style={{ fontSize: 18, fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' }}
                    data-testid="temporary-password"
                  >
                    {credentials.temporaryPassword}
                  </Typography.Text>
                ),
              },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
