import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateCredentialRequest, UpdateCredentialRequest } from '@keel/shared';
import { createCredential, deleteCredential, fetchCredentials, updateCredential } from './api.js';
import { credentialKeys } from './queryKeys.js';

export function useCredentials(enabled = true) {
  return useQuery({
    queryKey: credentialKeys.all,
    queryFn: ({ signal }) => fetchCredentials(signal),
    enabled,
  });
}

function useCredentialMutation<Input, Output>(run: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () => queryClient.invalidateQueries({ queryKey: credentialKeys.all }),
  });
}

export const useCreateCredential = () =>
  useCredentialMutation((request: CreateCredentialRequest) => createCredential(request));
export const useUpdateCredential = () =>
  useCredentialMutation(({ id, patch }: { id: string; patch: UpdateCredentialRequest }) =>
    updateCredential(id, patch),
  );
export const useDeleteCredential = () => useCredentialMutation((id: string) => deleteCredential(id));
