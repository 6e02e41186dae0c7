import { startBrowserApp } from './ui/browserApp';

void startBrowserApp();
