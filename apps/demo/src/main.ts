import '@wushe/elements';
