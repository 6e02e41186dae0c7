import { stallMatrix } from './stallMatrix';

stallMatrix(6);
