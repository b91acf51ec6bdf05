import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateUserRequest, UpdateUserRequest } from '@keel/shared';
import { createUser, deleteUser, endSessions, fetchUsers, updateUser } from './api.js';
import { userKeys } from './queryKeys.js';

export function useUsers() {
  return useQuery({ queryKey: userKeys.list(), queryFn: ({ signal }) => fetchUsers(signal) });
}

/** Every change to a user refreshes the list: roles, session counts and states all come from the server. */
function useUserMutation<Input, Output>(run: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export const useCreateUser = () => useUserMutation((request: CreateUserRequest) => createUser(request));
export const useUpdateUser = () =>
  useUserMutation(({ id, patch }: { id: string; patch: UpdateUserRequest }) => updateUser(id, patch));
export const useDeleteUser = () => useUserMutation((id: string) => deleteUser(id));
export const useEndSessions = () => useUserMutation((id: string) => endSessions(id));
