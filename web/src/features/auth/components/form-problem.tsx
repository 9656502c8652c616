import type { Ref } from 'react';
import { ErrorSummary, type SummaryError } from '../../../components/ui/error-summary';

type Props = {
  title: string;
  message: string | null;
  errors: readonly SummaryError[];
  ref: Ref<HTMLDivElement>;
};

/**
 * The top of an account form after a failed submit: the server's answer ("wrong password") when there is one,
 * else the list of fields to correct. Either takes focus, so it is read out at once.
 */
export function FormProblem({ title, message, errors, ref }: Props) {
  if (message) {
    return (
      <div className="notice notice--error" role="alert" tabIndex={-1} ref={ref}>
        <p>{message}</p>
      </div>
    );
  }
  return <ErrorSummary ref={ref} title={title} errors={errors} />;
}
