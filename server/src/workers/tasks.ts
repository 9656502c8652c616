import { mapTasks } from '../map/tasks';
import { matchingTasks } from '../matching/tasks';
import { searchTasks } from '../search/tasks';

/** Everything the server's worker threads can run, by lane (`matching.*`, `map.*`, `search.*`). */
export const tasks = { ...matchingTasks, ...mapTasks, ...searchTasks };
export type ServerTasks = typeof tasks;
