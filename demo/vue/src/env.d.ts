// Template types for every <dots-*> element (props and @dots-* events), checked by vue-tsc.
/// <reference types="dots-flows/vue" />
