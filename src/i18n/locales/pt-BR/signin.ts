import type { Translation } from '../../types.ts';
import type en from '../en/signin.ts';

export default {
  label: 'Entrar',
  'phone.title': 'Entre com seu telefone',
  'phone.intro': 'Vamos enviar um código de 6 dígitos por SMS para confirmar que é você.',
  'phone.country': 'País',
  'phone.label': 'Número de celular',
  'phone.hint': 'Sem o código do país.',
  'phone.submit': 'Enviar código',
  'code.title': 'Digite seu código',
  'code.intro': 'Enviamos um código de 6 dígitos para o número terminado em {last4}.',
  'code.label': 'Código de 6 dígitos',
  'code.submit': 'Verificar',
  'code.resend': 'Enviar um novo código',
  'code.resent': 'Enviamos um novo código para você.',
  'code.change_phone': 'Usar outro número de telefone',
  'profile.title': 'Fale sobre você',
  'profile.intro': 'Seu telefone foi verificado. Precisamos de alguns dados para criar sua conta.',
  'profile.first_name': 'Nome',
  'profile.last_name': 'Sobrenome',
  'profile.email': 'E-mail',
  'profile.email_hint': 'Enviamos os recibos para este endereço.',
} satisfies Translation<typeof en>;
