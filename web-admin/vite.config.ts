import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';

const GENERATED = fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url));

/**
 * Replaces each `graphql(`…`)` call with the document codegen generated for it, inlined — what
 * the client preset's Babel plugin does. Without it, `src/gql/gql.ts` maps every document text to
 * its document and `src/gql/graphql.ts` holds them all in one module, so the first page would
 * carry the documents of every page.
 */
function graphqlDocuments(): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'graphql-documents',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      // One generated line per document: `export const MeDocument = {…} as unknown as DocumentNode<…>;`
      documents = new Map(
        [...readFileSync(GENERATED, 'utf8').matchAll(/^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)].map((m) => [m[1]!, m[2]!]),
      );
    },
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.tsx?$/.test(id) || /[\\/]src[\\/]gql[\\/]/.test(id) || !code.includes('graphql(`')) return null;
      const out = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (_call, text: string) => {
        const match = /\b(query|mutation|subscription|fragment)\s+(\w+)/.exec(text);
        if (!match) this.error(`a graphql document without a name in ${id}`);
        const name = match[1] === 'fragment' ? `${match[2]}FragmentDoc` : `${match[2]}Document`;
        const document = documents.get(name);
        if (!document) this.error(`${name} is not in src/gql/graphql.ts: run \`pnpm --filter ./web-admin codegen\``);
        return `(${document})`;
      });
      return { code: out, map: null };
    },
  };
}

// The console is served by the API at /admin/; in development Vite proxies the API's paths to it:
// /graphql, /files (task evidence) and /imports (feed files, templates, error reports).
// API_URL points the proxy elsewhere (e.g. http://localhost:4010 when :4000 is taken).
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  const api = env.API_URL || 'http://localhost:4000';
  const apiProxy = { '/graphql': { target: api }, '/files': { target: api }, '/imports': { target: api } };
  return {
    base: '/admin/',
    plugins: [graphqlDocuments(), react()],
    server: {
      port: 5173,
      strictPort: true,
      proxy: apiProxy,
    },
    preview: { port: 5173, proxy: apiProxy },
    build: {
      manifest: true,
      // exceljs (~930 kB, fetched only when someone exports to Excel) is the largest chunk.
      chunkSizeWarningLimit: 1000,
      rolldownOptions: {
        output: {
          // Pages are lazy chunks (see src/app/routes.tsx); libraries that change rarely get their own,
          // long-cacheable chunks. The chart library is only ever loaded with the retiree detail page.
          codeSplitting: {
            groups: [
              { name: 'echarts', test: /[\\/]node_modules[\\/](echarts|zrender)[\\/]/ },
              { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
              { name: 'apollo', test: /[\\/]node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|ts-invariant|@graphql-typed-document-node)[\\/]/ },
            ],
          },
        },
      },
    },
  };
});
