import { useParams } from 'react-router';
import { useMobilisations } from '../../features/mobilisations/api/get-mobilisations';
import { useProfile } from '../../features/profiles/api/get-profile';

/**
 * The mobilisation the navigation points into: the one in the address, else the one of the profile being
 * viewed, else the first the deployment hosts (most deployments host one).
 */
export function useCurrentMobilisationId(): string | undefined {
  const params = useParams();
  const profile = useProfile(params.mobilisationId ? undefined : params.profileId);
  const mobilisations = useMobilisations();
  return params.mobilisationId ?? profile.data?.mobilisationId ?? mobilisations.data?.items[0]?.id;
}
