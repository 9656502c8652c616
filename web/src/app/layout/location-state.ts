import { useLocation } from 'react-router';
import { z } from 'zod';

/** What one page hands the next when it navigates: short-lived news such as "the profile was submitted". */
const navigationStateSchema = z.object({
  submitted: z.boolean().optional(),
  registered: z.string().optional(),
});

export function useNavigationState(): z.infer<typeof navigationStateSchema> {
  const parsed = navigationStateSchema.safeParse(useLocation().state);
  return parsed.success ? parsed.data : {};
}
