import { Button } from '../../../ui/Button.js';
import { useLogout, useSession } from '../hooks.js';
import './UserMenu.css';

/** Who is signed in, with what role, and the way out. */
export function UserMenu() {
  const user = useSession().data?.user;
  const signOut = useLogout();
  if (!user) return null;
  return (
    <div className="user-menu" data-testid="user-menu">
      <span className="user-menu__name" data-testid="user-name">
        <span className="visually-hidden">Signed in as </span>
        {user.username}
        <span className="user-menu__role">
          <span className="user-menu__role-label">role </span>
          {user.role}
        </span>
      </span>
      <Button size="sm" variant="ghost" busy={signOut.isPending} onClick={() => signOut.mutate()}>
        Sign out
      </Button>
    </div>
  );
}
