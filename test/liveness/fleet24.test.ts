import { stallMatrix } from './stallMatrix';

stallMatrix(24);
