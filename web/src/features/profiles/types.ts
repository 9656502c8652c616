/** A mobilisation's overall goal as the profile pages need it; the route passes it in from the mobilisation. */
export type GoalOption = { code: string; sv: string; en: string };
