import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordRequest, LoginRequest, Role, SessionInfo } from '@keel/shared';
import { changePassword, fetchSession, login, logout } from './api.js';
import { authKeys } from './queryKeys.js';
import { roleAtLeast } from './roles.js';

/** The signed-in session; `data` is null when nobody is signed in. */
export function useSession() {
  return useQuery({
    queryKey: authKeys.session(),
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: 60_000,
    retry: 1,
  });
}

/** Whether the signed-in user has at least this role. The server decides; this only hides what it would refuse. */
export function useHasRole(role: Role): boolean {
  const user = useSession().data?.user;
  return user !== undefined && !user.mustChangePassword && roleAtLeast(user.role, role);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: LoginRequest) => login(request),
    onSuccess: (session: SessionInfo) => {
      // Someone else may have been signed in in this tab: nothing of theirs may linger.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
      queryClient.setQueryData(authKeys.session(), session);
    },
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ChangePasswordRequest) => changePassword(request),
    onSuccess: (session: SessionInfo) => {
      queryClient.setQueryData(authKeys.session(), session);
      // The API tokens list now shows them revoked.
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      // Signed out first, so the guard leaves the dashboard; then nothing of this user stays in memory.
      queryClient.setQueryData(authKeys.session(), null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
    },
  });
}
