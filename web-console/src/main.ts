import './style.css';
import { allScreens } from './screens';
import { startShell } from './shell/shell';

startShell(document.getElementById('app')!, allScreens);
