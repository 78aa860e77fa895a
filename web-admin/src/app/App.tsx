import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { AuthProvider } from './auth';

dayjs.locale('zh-cn');

const THEME = {
  token: { colorPrimary: '#1677ff', borderRadius: 6, colorBgLayout: '#f5f7fa' },
  components: { Layout: { siderBg: '#001529', headerHeight: 64 } },
};

/** Providers every screen needs: Chinese locale and theme, message/modal context, Apollo, the session. */
export function AppProviders({ client, children }: { client: ApolloClient; children: ReactNode }) {
  return (
    <ConfigProvider locale={zhCN} theme={THEME}>
      <AntApp>
        <ApolloProvider client={client}>
          <AuthProvider>{children}</AuthProvider>
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}
