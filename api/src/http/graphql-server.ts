import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { RequestContext } from '../context.js';
import type { Platform } from '../platform.js';
import type { TransactionalContext } from './request-context.js';

/** Limits that stop one request from costing the server more than a page of work. */
export const QUERY_LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 5000, maxTokens: 2000, maxDirectives: 20 } as const;

const KNOWN_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'TOO_MANY_REQUESTS', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * Commits a mutation's transaction when the response is ready, or rolls it back when the
 * mutation failed: a mutation either happens whole or not at all.
 */
const transactionPlugin: ApolloServerPlugin<TransactionalContext> = {
  async requestDidStart() {
    return {
      /** Logs what is not ours to explain (a bug, a database failure), with the request id. */
      async didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) {
          if (isExpected(error)) continue;
          // A browser that leaves a page cancels its request; the rolled-back transaction then fails the rest.
          const log = contextValue.aborted ? contextValue.platform.log.debug : contextValue.platform.log.error;
          log('unexpected error', { requestId: contextValue.requestId, message: error.message, path: error.path, error: (unwrapResolverError(error) as Error)?.stack });
        }
      },
      async willSendResponse({ contextValue, operation, errors, response }) {
        // Reads end with a rollback: nothing to keep, and no change-set computation over the entities read.
        const commit = operation?.operation === 'mutation' && !errors?.length;
        try {
          await contextValue.endTransaction(commit);
        } catch (e) {
          contextValue.platform.log.error('commit failed', { requestId: contextValue.requestId, error: String(e) });
          if (response.body.kind === 'single') {
            response.body.singleResult = { errors: [{ message: '保存失败，请重试', extensions: { code: 'CONFLICT' } }] };
          }
        }
      },
    };
  },
};

export function createGraphQLServer(platform: Platform, schema: GraphQLSchema): ApolloServer<RequestContext> {
  const production = platform.config.production;
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, propagateOnRejection: true, exposeLimits: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases, propagateOnRejection: true, exposeLimits: true },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, propagateOnRejection: true, exposeLimits: true },
    maxTokens: { n: QUERY_LIMITS.maxTokens, propagateOnRejection: true, exposeLimits: true },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, propagateOnRejection: true, exposeLimits: true },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  return new ApolloServer<RequestContext>({
    schema,
    validationRules: protection.validationRules,
    allowBatchedHttpRequests: false,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    // graphql-armor ships CommonJS typings of Apollo's plugin type; the objects are the same at run time.
    plugins: [
      ...protection.plugins,
      transactionPlugin,
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: true }),
    ] as unknown as ApolloServerPlugin<RequestContext>[],
    formatError: (formatted, error) => formatError(platform, formatted, error),
  });
}

/**
 * Our own errors pass through with their code. Anything else (a database error, a bug) is logged
 * and, in production, replaced by a generic message: no SQL and no stack leave the server.
 */
function isExpected(error: GraphQLError): boolean {
  const original = unwrapResolverError(error);
  const code = original instanceof GraphQLError ? original.extensions?.code : error.extensions?.code;
  return typeof code === 'string' && KNOWN_CODES.has(code);
}

function formatError(platform: Platform, formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && KNOWN_CODES.has(code)) return formatted;
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError && original.extensions?.code && KNOWN_CODES.has(String(original.extensions.code))) return formatted;
  if (!platform.config.production) return formatted;
  return { message: '服务器内部错误，请稍后再试', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
