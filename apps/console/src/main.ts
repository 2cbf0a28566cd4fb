import './page.css';
import './console-app.js';
