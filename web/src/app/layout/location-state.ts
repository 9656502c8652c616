import { useLocation } from 'react-router';
import { z } from 'zod';

/** What one page hands the next when it navigates: short-lived news such as "the profile was submitted". */
const navigationStateSchema = z.object({
  submitted: z.boolean().optional(),
  registered: z.string().optional(),
  /** The person just accepted an invitation to this mobilisation. */
  joined: z.string().optional(),
  signedOut: z.boolean().optional(),
  accountDeleted: z.boolean().optional(),
  passwordChanged: z.boolean().optional(),
});

export function useNavigationState(): z.infer<typeof navigationStateSchema> {
  const parsed = navigationStateSchema.safeParse(useLocation().state);
  return parsed.success ? parsed.data : {};
}
