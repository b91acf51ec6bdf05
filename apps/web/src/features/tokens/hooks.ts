import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateTokenRequest } from '@keel/shared';
import { createToken, fetchTokens, revokeToken } from './api.js';
import { tokenKeys } from './queryKeys.js';

export function useTokens() {
  return useQuery({ queryKey: tokenKeys.list(), queryFn: ({ signal }) => fetchTokens(signal) });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateTokenRequest) => createToken(request),
    onSettled: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => revokeToken(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}
