import { stallMatrix } from './stallMatrix';

stallMatrix(10);
