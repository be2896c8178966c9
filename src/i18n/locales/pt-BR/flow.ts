import type { Translation } from '../../types.ts';
import type en from '../en/flow.ts';

export default {
  'complete.title': 'Tudo certo',
  'complete.body': 'Tudo foi salvo. Você pode fechar esta página.',
  'complete.announce': 'Todas as etapas foram concluídas.',
  exit: 'Sair',
  no_adapter: 'Este fluxo não está conectado a um servidor.',
  no_steps: 'Este fluxo não tem etapas para mostrar.',
  'loading.announce': 'Carregando.',
  'submitting.announce': 'Salvando.',
} satisfies Translation<typeof en>;
