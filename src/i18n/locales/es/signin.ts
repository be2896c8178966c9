import type { Translation } from '../../types.ts';
import type en from '../en/signin.ts';

export default {
  label: 'Iniciar sesión',
  'phone.title': 'Inicia sesión con tu teléfono',
  'phone.intro': 'Te enviaremos un código de 6 dígitos por SMS para confirmar que eres tú.',
  'phone.country': 'País',
  'phone.label': 'Número de teléfono móvil',
  'phone.hint': 'Sin el código de país.',
  'phone.submit': 'Enviar código',
  'code.title': 'Introduce tu código',
  'code.intro': 'Enviamos un código de 6 dígitos al número de teléfono que termina en {last4}.',
  'code.label': 'Código de 6 dígitos',
  'code.submit': 'Verificar',
  'code.resend': 'Enviar un código nuevo',
  'code.resent': 'Te enviamos un código nuevo.',
  'code.change_phone': 'Usar otro número de teléfono',
  'profile.title': 'Cuéntanos sobre ti',
  'profile.intro': 'Tu teléfono está verificado. Necesitamos algunos datos para crear tu cuenta.',
  'profile.first_name': 'Nombre',
  'profile.last_name': 'Apellidos',
  'profile.email': 'Correo electrónico',
  'profile.email_hint': 'Enviamos los recibos a esta dirección.',
} satisfies Translation<typeof en>;
