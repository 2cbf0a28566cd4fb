import { createApp } from 'vue';
import '@wushe/elements/provider.js';
import '@wushe/elements/needs-list.js';
import '@wushe/elements/volunteer-signup.js';
import App from './App.vue';

createApp(App).mount('#app');
