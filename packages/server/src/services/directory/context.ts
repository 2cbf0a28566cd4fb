import type { RouteDefinition } from '@wushe/schema';
import type { ServiceContext } from '../context.js';

/** What the directory's services use of a handler's context. */
export type DirectoryContext = Pick<
  ServiceContext<RouteDefinition>,
  'tx' | 'auth' | 'deps' | 'audit' | 'messages'
>;
