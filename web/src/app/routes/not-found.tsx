import { NotFoundContent } from '../layout/not-found-content';

export function NotFoundPage() {
  return <NotFoundContent />;
}
