import type { User } from '../../domain/users/user.ts';
import type { ViewContext } from '../view-context.ts';

/** What every editor page knows: the view context, who is logged in, and the CSRF token. */
export interface AdminContext extends ViewContext {
  user: User | null;
  csrf: string;
  /** A short notice after a redirect ("Saved."), already in the reader's language. */
  notice?: string | null;
}
