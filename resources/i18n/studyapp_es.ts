<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddProfileDialog</name>
    <message>
        <source>Add profile</source>
        <translation>Añadir perfil</translation>
    </message>
    <message>
        <source>Each profile keeps its own cards, sessions, progress and settings.</source>
        <translation>Cada perfil guarda sus propias tarjetas, sesiones, progreso y configuración.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>StudyApp</source>
        <translation>StudyApp</translation>
    </message>
</context>
<context>
    <name>BackupTable</name>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Before update</source>
        <translation>Antes de actualizar</translation>
    </message>
    <message>
        <source>Safety copy before restore</source>
        <translation>Copia de resguardo antes de restaurar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <source>StudyApp copies your data automatically every day and every week, keeping the last 7 daily and 4 weekly copies. Back up now before a big change, or restore an earlier copy.</source>
        <translation>StudyApp copia tus datos automáticamente cada día y cada semana, y conserva las últimas 7 copias diarias y 4 semanales. Haz una copia ahora antes de un cambio importante, o restaura una copia anterior.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>Restaurar la seleccionada…</translation>
    </message>
    <message>
        <source>Restore from file…</source>
        <translation>Restaurar desde archivo…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Copia de seguridad guardada: %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>La copia de seguridad falló</translation>
    </message>
    <message>
        <source>The backup could not be written.</source>
        <translation>No se pudo guardar la copia de seguridad.</translation>
    </message>
    <message>
        <source>Restore from file</source>
        <translation>Restaurar desde archivo</translation>
    </message>
    <message>
        <source>StudyApp backups (*.sqlite3);;All files (*)</source>
        <translation>Copias de seguridad de StudyApp (*.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Replace your current data with the backup “%1”?

Your current data is not lost: StudyApp keeps it as a safety copy in the backups list, so you can restore it again later.</source>
        <translation>¿Reemplazar tus datos actuales por la copia de seguridad «%1»?

Tus datos actuales no se pierden: StudyApp los guarda como copia de resguardo en la lista de copias, para que puedas restaurarlos más adelante.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Cannot restore this file</source>
        <translation>No se puede restaurar este archivo</translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <source>Delete %1 with their review history? Undo on this page brings them back.</source>
        <translation>¿Eliminar %1 con su historial de repaso? «Deshacer» en esta página las recupera.</translation>
    </message>
    <message>
        <source>Delete cards</source>
        <translation>Eliminar tarjetas</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <source>Card saved.</source>
        <translation>Tarjeta guardada.</translation>
    </message>
    <message>
        <source>Moved %1 to %2.</source>
        <translation>Movidas a «%2»: %1.</translation>
    </message>
    <message>
        <source>Changed the category of %1.</source>
        <translation>Categoría cambiada: %1.</translation>
    </message>
    <message>
        <source>Suspended %1.</source>
        <translation>Suspendidas: %1.</translation>
    </message>
    <message>
        <source>Unsuspended %1.</source>
        <translation>Reactivadas: %1.</translation>
    </message>
    <message>
        <source>Reset the scheduling of %1: new again.</source>
        <translation>Programación reiniciada, vuelven a ser nuevas: %1.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Eliminadas: %1.</translation>
    </message>
</context>
<context>
    <name>BrowserTexts</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Mazo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>ACS code</source>
        <translation>Código ACS</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Dificultad</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>Usos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>[picture]</source>
        <translation>[imagen]</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Dominada</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>En repaso</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendiendo</translation>
    </message>
    <message>
        <source>1 card</source>
        <translation>1 tarjeta</translation>
    </message>
    <message>
        <source>%1 cards</source>
        <translation>%1 tarjetas</translation>
    </message>
    <message>
        <source>1 selected</source>
        <translation>1 seleccionada</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 seleccionadas</translation>
    </message>
    <message>
        <source>This picture is too large: at most %1 MB.</source>
        <translation>Esta imagen es demasiado grande: como máximo %1 MB.</translation>
    </message>
    <message>
        <source>This file is not a picture StudyApp can show (PNG, JPEG, GIF or WebP).</source>
        <translation>Este archivo no es una imagen que StudyApp pueda mostrar (PNG, JPEG, GIF o WebP).</translation>
    </message>
    <message>
        <source>This file could not be read.</source>
        <translation>No se pudo leer este archivo.</translation>
    </message>
    <message>
        <source>Choose one of your sets.</source>
        <translation>Elige uno de tus mazos.</translation>
    </message>
    <message>
        <source>You have no set yet: create one on the Study page first.</source>
        <translation>Aún no tienes mazos: primero crea uno en la página Estudio.</translation>
    </message>
</context>
<context>
    <name>CardBrowserView</name>
    <message>
        <source>No category</source>
        <translation>Sin categoría</translation>
    </message>
    <message>
        <source>Browse cards</source>
        <translation>Explorar tarjetas</translation>
    </message>
    <message>
        <source>Search question, answer, ACS code, reference…</source>
        <translation>Buscar texto, código ACS, referencia…</translation>
    </message>
    <message>
        <source>Search cards</source>
        <translation>Buscar tarjetas</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>All sets</source>
        <translation>Todos los mazos</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Any difficulty</source>
        <translation>Cualquier dificultad</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Not suspended</source>
        <translation>No suspendidas</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendidas</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Dominadas</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Aún no dominadas</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Cualquier vencimiento</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Pendientes ahora</translation>
    </message>
    <message>
        <source>Never reviewed</source>
        <translation>Nunca repasadas</translation>
    </message>
    <message>
        <source>Filter by set</source>
        <translation>Filtrar por mazo</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Filtrar por categoría</translation>
    </message>
    <message>
        <source>Filter by difficulty</source>
        <translation>Filtrar por dificultad</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Filter by due date</source>
        <translation>Filtrar por vencimiento</translation>
    </message>
    <message>
        <source>Add card…</source>
        <translation>Añadir tarjeta…</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>Categorías…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Move to set</source>
        <translation>Mover a mazo</translation>
    </message>
    <message>
        <source>Set category</source>
        <translation>Asignar categoría</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <source>Unsuspend</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>Reset scheduling</source>
        <translation>Reiniciar programación</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Browser status</source>
        <translation>Estado del explorador</translation>
    </message>
</context>
<context>
    <name>CardEditorDialog</name>
    <message>
        <source>No category</source>
        <translation>Sin categoría</translation>
    </message>
    <message>
        <source>Insert picture</source>
        <translation>Insertar imagen</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>Imágenes (%1)</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Añadir tarjeta</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Editar tarjeta</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Respuesta:</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>&amp;Set:</source>
        <translation>&amp;Mazo:</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Mazo</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>A&amp;CS code:</source>
        <translation>Código A&amp;CS:</translation>
    </message>
    <message>
        <source>ACS code</source>
        <translation>Código ACS</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>R&amp;eferencia:</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation>&amp;Dificultad:</translation>
    </message>
    <message>
        <source>Author&apos;s difficulty</source>
        <translation>Dificultad según el autor</translation>
    </message>
    <message>
        <source>e.g. PA.I.E.K1</source>
        <translation>p. ej. PA.I.E.K1</translation>
    </message>
    <message>
        <source>e.g. 14 CFR 91.155, AIM 3-2-4</source>
        <translation>p. ej. 14 CFR 91.155, AIM 3-2-4</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>Enter a name for the category.</source>
        <translation>Escribe un nombre para la categoría.</translation>
    </message>
    <message>
        <source>There is already a category with this name.</source>
        <translation>Ya hay una categoría con este nombre.</translation>
    </message>
    <message>
        <source>This can be at most %1 characters.</source>
        <translation>Puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>This value was not accepted (%1).</source>
        <translation>Este valor no se aceptó (%1).</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Your cards</source>
        <translation>Tus tarjetas</translation>
    </message>
    <message>
        <source>Other profiles</source>
        <translation>Otros perfiles</translation>
    </message>
    <message>
        <source>Delete the category “%1”? %2 of yours will have no category.</source>
        <translation>¿Eliminar la categoría «%1»? %2 tuyas quedarán sin categoría.</translation>
    </message>
    <message>
        <source>Other profiles on this computer use it on %1 too.</source>
        <translation>Otros perfiles de este equipo también la usan en %1.</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Eliminar categoría</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se eliminó «%1».</translation>
    </message>
    <message>
        <source>“%1” is back.</source>
        <translation>«%1» ha vuelto.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Categories are shared by every profile on this computer. Deleting one leaves its cards in place, without a category.</source>
        <translation>Las categorías son comunes a todos los perfiles de este equipo. Al eliminar una, sus tarjetas se conservan, sin categoría.</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nueva…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer eliminación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Category status</source>
        <translation>Estado de las categorías</translation>
    </message>
</context>
<context>
    <name>CategoryNameDialog</name>
    <message>
        <source>New category</source>
        <translation>Nueva categoría</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Renombrar categoría</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Category name</source>
        <translation>Nombre de la categoría</translation>
    </message>
    <message>
        <source>e.g. Weather, or Airspace</source>
        <translation>p. ej. Meteorología, o Espacio aéreo</translation>
    </message>
</context>
<context>
    <name>ChatActivity</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>New messages: %1</source>
        <translation>Mensajes nuevos: %1</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>Retry sending</source>
        <translation>Reintentar envío</translation>
    </message>
    <message>
        <source>Discard message</source>
        <translation>Descartar mensaje</translation>
    </message>
    <message>
        <source>Leave conversation</source>
        <translation>Salir de la conversación</translation>
    </message>
    <message>
        <source>Leave “%1”?</source>
        <translation>¿Salir de «%1»?</translation>
    </message>
    <message>
        <source>Its messages stay here to read, but nothing new will arrive and you cannot post.</source>
        <translation>Sus mensajes siguen aquí para leerlos, pero no llegará nada nuevo y no podrás escribir.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Settings → Sync</source>
        <translation>Configuración → Sincronización</translation>
    </message>
    <message>
        <source>Chat goes through the sync server, and this profile is not signed in. Messages you write are kept and sent once you sign in in %1.</source>
        <translation>El chat funciona a través del servidor de sincronización y este perfil no ha iniciado sesión. Los mensajes que escribas se guardan y se envían cuando inicies sesión en %1.</translation>
    </message>
    <message>
        <source>Choose a conversation, or start a new one.</source>
        <translation>Elige una conversación o empieza una nueva.</translation>
    </message>
</context>
<context>
    <name>ChatTexts</name>
    <message>
        <source>Give the conversation a title.</source>
        <translation>Ponle un título a la conversación.</translation>
    </message>
    <message>
        <source>Enter the email of their StudyApp sync account.</source>
        <translation>Escribe el correo electrónico de su cuenta de sincronización de StudyApp.</translation>
    </message>
    <message>
        <source>This is not a valid email address (for example: name@example.com).</source>
        <translation>Este correo electrónico no es válido (por ejemplo: nombre@ejemplo.com).</translation>
    </message>
    <message>
        <source>No StudyApp account uses this email.</source>
        <translation>Ninguna cuenta de StudyApp usa este correo electrónico.</translation>
    </message>
    <message>
        <source>Write something first: empty messages are not sent.</source>
        <translation>Escribe algo primero: los mensajes vacíos no se envían.</translation>
    </message>
    <message>
        <source>The title can be at most %1 characters.</source>
        <translation>El título puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The topic can be at most %1 characters.</source>
        <translation>El tema puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A message can be at most %1 characters.</source>
        <translation>Un mensaje puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>You left this conversation, so the message was not sent. Your text is still here.</source>
        <translation>Saliste de esta conversación, así que el mensaje no se envió. Tu texto sigue aquí.</translation>
    </message>
    <message>
        <source>You had left this conversation.</source>
        <translation>Habías salido de esta conversación.</translation>
    </message>
    <message>
        <source>The server does not know this conversation.</source>
        <translation>El servidor no conoce esta conversación.</translation>
    </message>
    <message>
        <source>The message was empty.</source>
        <translation>El mensaje estaba vacío.</translation>
    </message>
    <message>
        <source>The message was too long.</source>
        <translation>El mensaje era demasiado largo.</translation>
    </message>
    <message>
        <source>The server did not accept it.</source>
        <translation>El servidor no lo aceptó.</translation>
    </message>
    <message>
        <source>The server already has a different item with this id.</source>
        <translation>El servidor ya tiene otro elemento con este identificador.</translation>
    </message>
    <message>
        <source>The server refused it.</source>
        <translation>El servidor lo rechazó.</translation>
    </message>
    <message>
        <source>This conversation is no longer on this computer.</source>
        <translation>Esta conversación ya no está en este equipo.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Algo salió mal: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>ComposeBox</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Write a message — Enter sends, Shift+Enter adds a line</source>
        <translation>Escribe un mensaje — Intro envía, Mayús+Intro añade una línea</translation>
    </message>
    <message>
        <source>Characters used of the limit for one message</source>
        <translation>Caracteres usados del límite de un mensaje</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>You left this conversation</source>
        <translation>Saliste de esta conversación</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Aún no hay mensajes</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>you left</source>
        <translation>saliste</translation>
    </message>
</context>
<context>
    <name>ConversationListPanel</name>
    <message>
        <source>New conversation…</source>
        <translation>Nueva conversación…</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Empezar una conversación nueva</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>Mensajes encontrados</translation>
    </message>
    <message>
        <source>No messages contain these words.</source>
        <translation>Ningún mensaje contiene estas palabras.</translation>
    </message>
    <message>
        <source>No conversations yet. Start one and invite your study group or instructor.</source>
        <translation>Aún no hay conversaciones. Empieza una e invita a tu grupo de estudio o a tu instructor.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Show or hide the people in this conversation</source>
        <translation>Mostrar u ocultar las personas de esta conversación</translation>
    </message>
    <message>
        <source>Leave conversation</source>
        <translation>Salir de la conversación</translation>
    </message>
    <message>
        <source>Leave this conversation</source>
        <translation>Salir de esta conversación</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Show earlier messages</source>
        <translation>Mostrar mensajes anteriores</translation>
    </message>
    <message>
        <source>You left this conversation. Its history stays here; nothing new arrives.</source>
        <translation>Saliste de esta conversación. Su historial sigue aquí; no llega nada nuevo.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>StudyApp ran into an unexpected problem:</source>
        <translation>StudyApp se encontró con un problema inesperado:</translation>
    </message>
    <message>
        <source>Your data is safe: changes are saved all at once or not at all. The details were written to the log file:</source>
        <translation>Tus datos están a salvo: cada cambio se guarda completo o no se guarda. Los detalles se escribieron en el archivo de registro:</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Problema inesperado</translation>
    </message>
</context>
<context>
    <name>DeckController</name>
    <message>
        <source>Delete the set “%1” and its %2, with their review history?</source>
        <translation>¿Eliminar el mazo «%1» y sus %2, con su historial de repaso?</translation>
    </message>
    <message>
        <source>Delete set</source>
        <translation>Eliminar mazo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleted “%1” (%2).</source>
        <translation>Se eliminó «%1» (%2).</translation>
    </message>
    <message>
        <source>“%1” is back.</source>
        <translation>«%1» ha vuelto.</translation>
    </message>
    <message>
        <source>Installed “%1”: %2 added.</source>
        <translation>Instalado «%1»: %2 añadidas.</translation>
    </message>
    <message>
        <source>Updated “%1”: %2 new, %3 changed, %4 already current.</source>
        <translation>Actualizado «%1»: %2 nuevas, %3 modificadas, %4 ya al día.</translation>
    </message>
</context>
<context>
    <name>DeckGallery</name>
    <message>
        <source>Start with a starter deck</source>
        <translation>Empieza con un mazo inicial</translation>
    </message>
    <message>
        <source>You have no flashcards yet. Install a deck written for your checkride: every card names its ACS element and the regulation or handbook it comes from. You can edit any card, or make your own set.</source>
        <translation>Todavía no tienes tarjetas. Instala un mazo escrito para tu checkride: cada tarjeta indica su elemento del ACS y la norma o el manual de donde sale. Puedes editar cualquier tarjeta o crear tu propio mazo.</translation>
    </message>
    <message>
        <source>Starter decks</source>
        <translation>Mazos iniciales</translation>
    </message>
    <message>
        <source>Installing a deck again updates the cards you already have and keeps your review history.</source>
        <translation>Instalar de nuevo un mazo actualiza las tarjetas que ya tienes y conserva tu historial de repaso.</translation>
    </message>
    <message>
        <source>Create my own set…</source>
        <translation>Crear mi propio mazo…</translation>
    </message>
    <message>
        <source>Create your own set</source>
        <translation>Crear tu propio mazo</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Importar un archivo…</translation>
    </message>
    <message>
        <source>Import flashcards from a file</source>
        <translation>Importar tarjetas desde un archivo</translation>
    </message>
    <message>
        <source>Back to my sets</source>
        <translation>Volver a mis mazos</translation>
    </message>
</context>
<context>
    <name>DeckListView</name>
    <message>
        <source>Due today: %1 · New: %2</source>
        <translation>Para hoy: %1 · Nuevas: %2</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>Your flashcard sets. Select one or several (Ctrl or Shift) and review them, or review everything due today. Double-click a set to review it.</source>
        <translation>Tus mazos de tarjetas. Selecciona uno o varios (Ctrl o Mayús) y repásalos, o repasa todo lo pendiente de hoy. Haz doble clic en un mazo para repasarlo.</translation>
    </message>
    <message>
        <source>New set…</source>
        <translation>Mazo nuevo…</translation>
    </message>
    <message>
        <source>Create a new set</source>
        <translation>Crear un mazo nuevo</translation>
    </message>
    <message>
        <source>Starter decks…</source>
        <translation>Mazos iniciales…</translation>
    </message>
    <message>
        <source>Show the starter decks</source>
        <translation>Mostrar los mazos iniciales</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import flashcards from a file</source>
        <translation>Importar tarjetas desde un archivo</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export flashcards to a file</source>
        <translation>Exportar tarjetas a un archivo</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Rename the selected set</source>
        <translation>Cambiar el nombre del mazo seleccionado</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected set</source>
        <translation>Eliminar el mazo seleccionado</translation>
    </message>
    <message>
        <source>Review category</source>
        <translation>Repasar categoría</translation>
    </message>
    <message>
        <source>Review this category</source>
        <translation>Repasar esta categoría</translation>
    </message>
    <message>
        <source>Review selected</source>
        <translation>Repasar selección</translation>
    </message>
    <message>
        <source>Review the selected sets</source>
        <translation>Repasar los mazos seleccionados</translation>
    </message>
    <message>
        <source>Review everything due</source>
        <translation>Repasar todo lo pendiente</translation>
    </message>
    <message>
        <source>Review everything due today</source>
        <translation>Repasar todo lo pendiente de hoy</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the deletion</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message>
        <source>Or one &amp;category:</source>
        <translation>O una &amp;categoría:</translation>
    </message>
    <message>
        <source>Category to review</source>
        <translation>Categoría que repasar</translation>
    </message>
    <message>
        <source>Flashcard sets</source>
        <translation>Mazos de tarjetas</translation>
    </message>
    <message>
        <source>No sets yet. Create one with “New set…”, or install a starter deck.</source>
        <translation>Aún no tienes mazos. Crea uno con «Mazo nuevo…» o instala un mazo inicial.</translation>
    </message>
    <message>
        <source>Study status</source>
        <translation>Estado del estudio</translation>
    </message>
</context>
<context>
    <name>DeckNameDialog</name>
    <message>
        <source>New set</source>
        <translation>Mazo nuevo</translation>
    </message>
    <message>
        <source>Rename set</source>
        <translation>Renombrar mazo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Set name</source>
        <translation>Nombre del mazo</translation>
    </message>
    <message>
        <source>e.g. Airspace, or Checkride week</source>
        <translation>p. ej. Espacio aéreo, o Semana del checkride</translation>
    </message>
</context>
<context>
    <name>DeckTableModel</name>
    <message>
        <source>Set</source>
        <translation>Mazo</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevas</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendiendo</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
</context>
<context>
    <name>DeckTile</name>
    <message>
        <source>%1 · installed</source>
        <translation>%1 · instalado</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <source>Install the deck %1</source>
        <translation>Instalar el mazo %1</translation>
    </message>
    <message>
        <source>Installing %1</source>
        <translation>Instalando %1</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Your progress</source>
        <translation>Tu progreso</translation>
    </message>
    <message>
        <source>See how much you have reviewed, your mock oral scores over time, and the areas that still need work.</source>
        <translation>Mira cuánto has repasado, la evolución de tus notas en los orales simulados y las áreas que aún necesitan trabajo.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Reminders when reviews are due and news from your study group will appear here.</source>
        <translation>Aquí aparecerán los avisos de repasos pendientes y las novedades de tu grupo de estudio.</translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <source>This page is not built yet. It will arrive in a coming version of StudyApp.</source>
        <translation>Esta página todavía no está lista. Llegará en una próxima versión de StudyApp.</translation>
    </message>
</context>
<context>
    <name>ExaminerDetailView</name>
    <message>
        <source>1 year as examiner</source>
        <translation>1 año como examinador</translation>
    </message>
    <message>
        <source>%1 years as examiner</source>
        <translation>%1 años como examinador</translation>
    </message>
    <message>
        <source>Gives: %1</source>
        <translation>Realiza: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <source>no reports</source>
        <translation>sin reportes</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>fácil</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>difícil</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>aprobados</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>no aprobados</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>Vuelo</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>← Directory</source>
        <translation>← Directorio</translation>
    </message>
    <message>
        <source>Edit examiner…</source>
        <translation>Editar examinador…</translation>
    </message>
    <message>
        <source>Write gouge…</source>
        <translation>Escribir gouge…</translation>
    </message>
    <message>
        <source>Gouge, newest first</source>
        <translation>Gouge, los más recientes primero</translation>
    </message>
    <message>
        <source>All checkrides</source>
        <translation>Todos los checkrides</translation>
    </message>
    <message>
        <source>No gouge about this checkride yet.</source>
        <translation>Todavía no hay gouge sobre este checkride.</translation>
    </message>
    <message>
        <source>Back to the examiner directory</source>
        <translation>Volver al directorio de examinadores</translation>
    </message>
    <message>
        <source>Edit examiner</source>
        <translation>Editar examinador</translation>
    </message>
    <message>
        <source>Write gouge about this examiner</source>
        <translation>Escribir gouge sobre este examinador</translation>
    </message>
    <message>
        <source>Show gouge for checkride</source>
        <translation>Mostrar gouge del checkride</translation>
    </message>
    <message>
        <source>Gouge reports</source>
        <translation>Reportes de gouge</translation>
    </message>
    <message>
        <source>Results and difficulty chart</source>
        <translation>Gráfico de resultados y dificultad</translation>
    </message>
</context>
<context>
    <name>ExaminerDialog</name>
    <message>
        <source>Add an examiner</source>
        <translation>Añadir un examinador</translation>
    </message>
    <message>
        <source>Edit examiner</source>
        <translation>Editar examinador</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contacto</translation>
    </message>
    <message>
        <source>&amp;Years as examiner</source>
        <translation>Años como &amp;examinador</translation>
    </message>
    <message>
        <source>Checkrides given</source>
        <translation>Checkrides que realiza</translation>
    </message>
    <message>
        <source>Home &amp;airport</source>
        <translation>&amp;Aeropuerto base</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Región</translation>
    </message>
    <message>
        <source>e.g. Jane Doe</source>
        <translation>p. ej., Juana Pérez</translation>
    </message>
    <message>
        <source>Flight school or FSDO (optional)</source>
        <translation>Escuela de vuelo o FSDO (opcional)</translation>
    </message>
    <message>
        <source>Phone or email (optional)</source>
        <translation>Teléfono o correo electrónico (opcional)</translation>
    </message>
    <message>
        <source>e.g. KPAO</source>
        <translation>p. ej., KPAO</translation>
    </message>
    <message>
        <source>e.g. San Francisco Bay Area</source>
        <translation>p. ej., Área de la Bahía de San Francisco</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>Examiner name</source>
        <translation>Nombre del examinador</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Contact information</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>Years as examiner</source>
        <translation>Años como examinador</translation>
    </message>
    <message>
        <source>Home airport</source>
        <translation>Aeropuerto base</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
</context>
<context>
    <name>ExaminerDirectoryView</name>
    <message>
        <source>1 examiner</source>
        <translation>1 examinador</translation>
    </message>
    <message>
        <source>%1 examiners</source>
        <translation>%1 examinadores</translation>
    </message>
    <message>
        <source>Examiners and gouge</source>
        <translation>Examinadores y gouge</translation>
    </message>
    <message>
        <source>Find your examiner, read what other pilots met on their checkride, and share your own. Double-click an examiner to open it.</source>
        <translation>Busca a tu examinador, lee lo que otros pilotos encontraron en su checkride y comparte tu experiencia. Haz doble clic en un examinador para abrir su ficha.</translation>
    </message>
    <message>
        <source>Search name or organisation</source>
        <translation>Buscar nombre u organización</translation>
    </message>
    <message>
        <source>Airport</source>
        <translation>Aeropuerto</translation>
    </message>
    <message>
        <source>All checkrides</source>
        <translation>Todos los checkrides</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>&amp;Ordenar:</translation>
    </message>
    <message>
        <source>Add examiner…</source>
        <translation>Añadir examinador…</translation>
    </message>
    <message>
        <source>No examiner matches. Change the search, or add the examiner.</source>
        <translation>Ningún examinador coincide. Cambia la búsqueda o añade al examinador.</translation>
    </message>
    <message>
        <source>Search examiners by name or organisation</source>
        <translation>Buscar examinadores por nombre u organización</translation>
    </message>
    <message>
        <source>Filter by checkride</source>
        <translation>Filtrar por checkride</translation>
    </message>
    <message>
        <source>Filter by region</source>
        <translation>Filtrar por región</translation>
    </message>
    <message>
        <source>Filter by home airport</source>
        <translation>Filtrar por aeropuerto base</translation>
    </message>
    <message>
        <source>Sort examiners</source>
        <translation>Ordenar examinadores</translation>
    </message>
    <message>
        <source>Add examiner</source>
        <translation>Añadir examinador</translation>
    </message>
    <message>
        <source>Examiner directory</source>
        <translation>Directorio de examinadores</translation>
    </message>
</context>
<context>
    <name>ExaminerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Checkrides</source>
        <translation>Checkrides</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Tasa de aprobación</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reportes</translation>
    </message>
    <message>
        <source>No reports yet</source>
        <translation>Aún sin reportes</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export flashcards</source>
        <translation>Exportar tarjetas</translation>
    </message>
    <message>
        <source>Anki package (*.apkg)</source>
        <translation>Paquete de Anki (*.apkg)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, separado por comas (*.csv)</translation>
    </message>
    <message>
        <source>TSV, tab-separated (*.tsv)</source>
        <translation>TSV, separado por tabulaciones (*.tsv)</translation>
    </message>
    <message>
        <source>Exporting to “%1”…</source>
        <translation>Exportando a «%1»…</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation>No se exportó nada</translation>
    </message>
    <message>
        <source>Choose the sets to export.</source>
        <translation>Elige los mazos que quieres exportar.</translation>
    </message>
    <message>
        <source>All sets</source>
        <translation>Todos los mazos</translation>
    </message>
    <message>
        <source>Export all sets</source>
        <translation>Exportar todos los mazos</translation>
    </message>
    <message>
        <source>Sets to export</source>
        <translation>Mazos que exportar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Next you choose where to save. An Anki package (.apkg) opens in Anki with its images; a CSV or TSV file opens in any spreadsheet. Both import back into StudyApp.</source>
        <translation>A continuación eliges dónde guardar. Un paquete de Anki (.apkg) se abre en Anki con sus imágenes; un archivo CSV o TSV se abre en cualquier hoja de cálculo. Ambos se pueden volver a importar en StudyApp.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Choose where to save the export</source>
        <translation>Elegir dónde guardar la exportación</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Enter your email address.</source>
        <translation>Escribe tu correo electrónico.</translation>
    </message>
    <message>
        <source>This is not a valid email address (for example: name@example.com).</source>
        <translation>Este correo electrónico no es válido (por ejemplo: nombre@ejemplo.com).</translation>
    </message>
    <message>
        <source>Another profile already uses this email address.</source>
        <translation>Otro perfil ya usa este correo electrónico.</translation>
    </message>
    <message>
        <source>This email address is too long.</source>
        <translation>Este correo electrónico es demasiado largo.</translation>
    </message>
    <message>
        <source>Enter your first name.</source>
        <translation>Escribe tu nombre.</translation>
    </message>
    <message>
        <source>The first name can be at most 150 characters.</source>
        <translation>El nombre puede tener como máximo 150 caracteres.</translation>
    </message>
    <message>
        <source>Enter your last name.</source>
        <translation>Escribe tus apellidos.</translation>
    </message>
    <message>
        <source>The last name can be at most 150 characters.</source>
        <translation>Los apellidos pueden tener como máximo 150 caracteres.</translation>
    </message>
    <message>
        <source>The location can be at most 255 characters.</source>
        <translation>La ubicación puede tener como máximo 255 caracteres.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>La fecha de nacimiento no puede ser posterior a hoy.</translation>
    </message>
    <message>
        <source>Wrong password. Try again.</source>
        <translation>Contraseña incorrecta. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>Enter the current password.</source>
        <translation>Escribe la contraseña actual.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Escribe una contraseña nueva.</translation>
    </message>
    <message>
        <source>This language is not available.</source>
        <translation>Este idioma no está disponible.</translation>
    </message>
    <message>
        <source>This value was not accepted (%1).</source>
        <translation>Este valor no se aceptó (%1).</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>GougeDetailView</name>
    <message>
        <source>you, anonymously</source>
        <translation>ti, de forma anónima</translation>
    </message>
    <message>
        <source>you</source>
        <translation>ti</translation>
    </message>
    <message>
        <source>an anonymous pilot</source>
        <translation>un piloto anónimo</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Checkride on %1, written by %2</source>
        <translation>Checkride del %1, escrito por %2</translation>
    </message>
    <message>
        <source>Rating %1/5 · Flight %2 · Oral %3 · Stress %4/5</source>
        <translation>Valoración %1/5 · Vuelo %2 · Oral %3 · Estrés %4/5</translation>
    </message>
    <message>
        <source>Unexpected elements</source>
        <translation>Imprevistos</translation>
    </message>
    <message>
        <source>No unexpected elements</source>
        <translation>Sin imprevistos</translation>
    </message>
    <message>
        <source>Select a report to read it.</source>
        <translation>Selecciona un reporte para leerlo.</translation>
    </message>
    <message>
        <source>Practise this</source>
        <translation>Practicar esto</translation>
    </message>
    <message>
        <source>Make a flashcard from the selected unexpected element</source>
        <translation>Crear una tarjeta de estudio con el imprevisto seleccionado</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Edit your gouge</source>
        <translation>Editar tu gouge</translation>
    </message>
    <message>
        <source>Delete your gouge</source>
        <translation>Eliminar tu gouge</translation>
    </message>
</context>
<context>
    <name>GougeDialog</name>
    <message>
        <source>Write gouge</source>
        <translation>Escribir gouge</translation>
    </message>
    <message>
        <source>Edit your gouge</source>
        <translation>Editar tu gouge</translation>
    </message>
    <message>
        <source>E&amp;xaminer</source>
        <translation>E&amp;xaminador</translation>
    </message>
    <message>
        <source>Checkride &amp;date</source>
        <translation>&amp;Fecha del checkride</translation>
    </message>
    <message>
        <source>&amp;Checkride</source>
        <translation>&amp;Checkride</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Rating of the examiner</source>
        <translation>&amp;Valoración del examinador</translation>
    </message>
    <message>
        <source>&amp;Flight difficulty</source>
        <translation>Dificultad del &amp;vuelo</translation>
    </message>
    <message>
        <source>&amp;Oral difficulty</source>
        <translation>Dificultad del &amp;oral</translation>
    </message>
    <message>
        <source>&amp;Stress level</source>
        <translation>Nivel de &amp;estrés</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Qué pasó</translation>
    </message>
    <message>
        <source>&amp;Unexpected elements</source>
        <translation>&amp;Imprevistos</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Failed (notice of disapproval)</source>
        <translation>No aprobado (notice of disapproval)</translation>
    </message>
    <message>
        <source> / 5</source>
        <translation> / 5</translation>
    </message>
    <message>
        <source>Post anonymously</source>
        <translation>Publicar de forma anónima</translation>
    </message>
    <message>
        <source>What did the examiner ask on the oral? How did the flight go?</source>
        <translation>¿Qué preguntó el examinador en el oral? ¿Cómo fue el vuelo?</translation>
    </message>
    <message>
        <source>One item per line; each can become a flashcard.</source>
        <translation>Un elemento por línea; cada uno puede convertirse en una tarjeta de estudio.</translation>
    </message>
    <message>
        <source>Others never see your name or email with this report. It still shows as yours to you, so you can edit or delete it.</source>
        <translation>Los demás nunca verán tu nombre ni tu correo electrónico en este reporte. Para ti sigue apareciendo como tuyo, así que puedes editarlo o eliminarlo.</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Examinador</translation>
    </message>
    <message>
        <source>Checkride date</source>
        <translation>Fecha del checkride</translation>
    </message>
    <message>
        <source>Checkride</source>
        <translation>Checkride</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>No aprobado</translation>
    </message>
    <message>
        <source>Rating of the examiner, 1 to 5</source>
        <translation>Valoración del examinador, de 1 a 5</translation>
    </message>
    <message>
        <source>Flight difficulty</source>
        <translation>Dificultad del vuelo</translation>
    </message>
    <message>
        <source>Oral difficulty</source>
        <translation>Dificultad del oral</translation>
    </message>
    <message>
        <source>Stress level, 1 to 5</source>
        <translation>Nivel de estrés, de 1 a 5</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Unexpected elements</source>
        <translation>Imprevistos</translation>
    </message>
</context>
<context>
    <name>GougePage</name>
    <message>
        <source>Delete gouge</source>
        <translation>Eliminar gouge</translation>
    </message>
    <message>
        <source>Delete your gouge from %1? This cannot be undone.</source>
        <translation>¿Eliminar tu gouge del %1? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Your gouge was deleted.</source>
        <translation>Tu gouge se eliminó.</translation>
    </message>
    <message>
        <source>Flashcard added to the set “%1”.</source>
        <translation>Tarjeta añadida al mazo «%1».</translation>
    </message>
    <message>
        <source>Gouge status</source>
        <translation>Estado del gouge</translation>
    </message>
</context>
<context>
    <name>GougeTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Checkride</source>
        <translation>Checkride</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>Vuelo</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Escrito por</translation>
    </message>
    <message>
        <source>You (anonymous)</source>
        <translation>Tú (anónimo)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
</context>
<context>
    <name>GougeTexts</name>
    <message>
        <source>Sport pilot</source>
        <translation>Piloto deportivo</translation>
    </message>
    <message>
        <source>Recreational pilot</source>
        <translation>Piloto recreativo</translation>
    </message>
    <message>
        <source>Private pilot</source>
        <translation>Piloto privado</translation>
    </message>
    <message>
        <source>Instrument rating</source>
        <translation>Habilitación de vuelo por instrumentos</translation>
    </message>
    <message>
        <source>Commercial pilot</source>
        <translation>Piloto comercial</translation>
    </message>
    <message>
        <source>Multi-engine rating</source>
        <translation>Habilitación multimotor</translation>
    </message>
    <message>
        <source>Seaplane rating</source>
        <translation>Habilitación de hidroavión</translation>
    </message>
    <message>
        <source>Airline transport pilot</source>
        <translation>Piloto de transporte de línea aérea (ATP)</translation>
    </message>
    <message>
        <source>Flight instructor (CFI)</source>
        <translation>Instructor de vuelo (CFI)</translation>
    </message>
    <message>
        <source>Instrument instructor (CFII)</source>
        <translation>Instructor de vuelo por instrumentos (CFII)</translation>
    </message>
    <message>
        <source>Multi-engine instructor (MEI)</source>
        <translation>Instructor multimotor (MEI)</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>Deportivo</translation>
    </message>
    <message>
        <source>Recreational</source>
        <translation>Recreativo</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumentos</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Multi</source>
        <translation>Multimotor</translation>
    </message>
    <message>
        <source>Seaplane</source>
        <translation>Hidroavión</translation>
    </message>
    <message>
        <source>ATP</source>
        <translation>ATP</translation>
    </message>
    <message>
        <source>CFI</source>
        <translation>CFI</translation>
    </message>
    <message>
        <source>CFII</source>
        <translation>CFII</translation>
    </message>
    <message>
        <source>MEI</source>
        <translation>MEI</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>No aprobado</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Best rated</source>
        <translation>Mejor valorados</translation>
    </message>
    <message>
        <source>Highest pass rate</source>
        <translation>Mayor tasa de aprobación</translation>
    </message>
    <message>
        <source>Most reports</source>
        <translation>Más reportes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>This can be at most %1 characters.</source>
        <translation>Puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter the examiner&apos;s name.</source>
        <translation>Escribe el nombre del examinador.</translation>
    </message>
    <message>
        <source>This examiner is already in the directory for this region.</source>
        <translation>Este examinador ya está en el directorio para esta región.</translation>
    </message>
    <message>
        <source>Enter a number of years from 0 to %1.</source>
        <translation>Escribe un número de años entre 0 y %1.</translation>
    </message>
    <message>
        <source>Tick at least one checkride this examiner gives.</source>
        <translation>Marca al menos un checkride que realice este examinador.</translation>
    </message>
    <message>
        <source>Use a 3- or 4-character airport identifier, e.g. KPAO.</source>
        <translation>Usa un identificador de aeropuerto de 3 o 4 caracteres, p. ej., KPAO.</translation>
    </message>
    <message>
        <source>Enter a home airport or a region.</source>
        <translation>Escribe un aeropuerto base o una región.</translation>
    </message>
    <message>
        <source>Enter the date of the checkride.</source>
        <translation>Escribe la fecha del checkride.</translation>
    </message>
    <message>
        <source>The checkride date cannot be in the future.</source>
        <translation>La fecha del checkride no puede ser posterior a hoy.</translation>
    </message>
    <message>
        <source>Choose the checkride.</source>
        <translation>Elige el checkride.</translation>
    </message>
    <message>
        <source>Choose pass or fail.</source>
        <translation>Elige aprobado o no aprobado.</translation>
    </message>
    <message>
        <source>Rate the examiner from 1 to 5.</source>
        <translation>Valora al examinador del 1 al 5.</translation>
    </message>
    <message>
        <source>Choose easy, moderate or hard.</source>
        <translation>Elige fácil, moderada o difícil.</translation>
    </message>
    <message>
        <source>Choose a stress level from 1 to 5.</source>
        <translation>Elige un nivel de estrés del 1 al 5.</translation>
    </message>
    <message>
        <source>Describe what happened on the checkride.</source>
        <translation>Describe qué pasó en el checkride.</translation>
    </message>
    <message>
        <source>Enter the question to practise.</source>
        <translation>Escribe la pregunta que quieres practicar.</translation>
    </message>
    <message>
        <source>Enter the answer you want to remember.</source>
        <translation>Escribe la respuesta que quieres recordar.</translation>
    </message>
    <message>
        <source>Choose a flashcard set.</source>
        <translation>Elige un mazo de tarjetas.</translation>
    </message>
    <message>
        <source>This value was not accepted (%1).</source>
        <translation>Este valor no se aceptó (%1).</translation>
    </message>
    <message>
        <source>This item no longer exists or is not yours to change.</source>
        <translation>Este elemento ya no existe o no puedes modificarlo.</translation>
    </message>
    <message>
        <source>Something went wrong; the change was not saved. Details are in the log.</source>
        <translation>Algo salió mal y el cambio no se guardó. Los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import flashcards</source>
        <translation>Importar tarjetas</translation>
    </message>
    <message>
        <source>Flashcard files (%1)</source>
        <translation>Archivos de tarjetas (%1)</translation>
    </message>
    <message>
        <source>CSV, TSV or text (*.csv *.tsv *.txt)</source>
        <translation>CSV, TSV o texto (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Anki packages (*.apkg *.colpkg)</source>
        <translation>Paquetes de Anki (*.apkg *.colpkg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Importando «%1»…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Bring in cards from a CSV or TSV file, an Anki text export, or an Anki package (.apkg or .colpkg). Importing the same file again updates its cards instead of adding them twice.</source>
        <translation>Trae tarjetas desde un archivo CSV o TSV, una exportación de texto de Anki o un paquete de Anki (.apkg o .colpkg). Si vuelves a importar el mismo archivo, sus tarjetas se actualizan en lugar de añadirse dos veces.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Elegir el archivo que importar</translation>
    </message>
    <message>
        <source>Put cards in:</source>
        <translation>Poner las tarjetas en:</translation>
    </message>
    <message>
        <source>The sets (decks) named in the file, else one named after the file</source>
        <translation>Los mazos que indica el archivo o, si no indica ninguno, uno con el nombre del archivo</translation>
    </message>
    <message>
        <source>One set:</source>
        <translation>Un solo mazo:</translation>
    </message>
    <message>
        <source>Put every card in one set</source>
        <translation>Poner todas las tarjetas en un mazo</translation>
    </message>
    <message>
        <source>Set to import into</source>
        <translation>Mazo de destino</translation>
    </message>
    <message>
        <source>A set&apos;s name (new or existing)</source>
        <translation>Nombre de un mazo (nuevo o existente)</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>Problema al importar</translation>
    </message>
    <message>
        <source>Mapping problem</source>
        <translation>Problema con las columnas</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite someone</source>
        <translation>Invitar a alguien</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>Email to invite</source>
        <translation>Correo electrónico de la persona invitada</translation>
    </message>
    <message>
        <source>Their StudyApp sync account&apos;s email</source>
        <translation>El correo de su cuenta de sincronización de StudyApp</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Invitar</translation>
    </message>
    <message>
        <source>Send the invitation</source>
        <translation>Enviar la invitación</translation>
    </message>
</context>
<context>
    <name>LockPasswordDialog</name>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Confirma la contraseña nueva</translation>
    </message>
    <message>
        <source>Set lock password</source>
        <translation>Poner contraseña de bloqueo</translation>
    </message>
    <message>
        <source>StudyApp will ask for this password before opening your profile.</source>
        <translation>StudyApp pedirá esta contraseña antes de abrir tu perfil.</translation>
    </message>
    <message>
        <source>Change lock password</source>
        <translation>Cambiar la contraseña de bloqueo</translation>
    </message>
    <message>
        <source>Enter your current password, then the new one twice.</source>
        <translation>Escribe tu contraseña actual y luego la nueva dos veces.</translation>
    </message>
    <message>
        <source>Remove lock password</source>
        <translation>Quitar la contraseña de bloqueo</translation>
    </message>
    <message>
        <source>Anyone using this computer will be able to open your profile.</source>
        <translation>Cualquier persona que use este equipo podrá abrir tu perfil.</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>Quitar contraseña</translation>
    </message>
    <message>
        <source>Save password</source>
        <translation>Guardar contraseña</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>LockSection</name>
    <message>
        <source>On: StudyApp asks for the password before opening this profile.</source>
        <translation>Activada: StudyApp pide la contraseña antes de abrir este perfil.</translation>
    </message>
    <message>
        <source>Off: anyone using this computer can open this profile.</source>
        <translation>Desactivada: cualquier persona que use este equipo puede abrir este perfil.</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Poner contraseña…</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Cambiar contraseña…</translation>
    </message>
    <message>
        <source>Remove password…</source>
        <translation>Quitar contraseña…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>StudyApp — %1</source>
        <translation>StudyApp — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Profile: switch or add a profile</source>
        <translation>Perfil: cambiar de perfil o añadir uno</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <source>Column %1:</source>
        <translation>Columna %1:</translation>
    </message>
    <message>
        <source>Column %1 “%2”:</source>
        <translation>Columna %1 «%2»:</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds. A question and an answer are needed; columns set to “Ignore” are left out.</source>
        <translation>Elige qué contiene cada columna del archivo. Se necesitan una pregunta y una respuesta; las columnas marcadas como «Ignorar» se omiten.</translation>
    </message>
    <message>
        <source>The first row names the columns</source>
        <translation>La primera fila tiene los nombres de las columnas</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
    <message>
        <source>What column %1 holds</source>
        <translation>Qué contiene la columna %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 rows.</source>
        <translation>Se muestran %1 de %2 filas.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <source>Failed — retry. %1</source>
        <translation>No enviado — reintenta. %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of StudyApp. Install the newer version to open it.</source>
        <translation>Esta copia de seguridad se hizo con una versión más reciente de StudyApp. Instala esa versión para abrirla.</translation>
    </message>
    <message>
        <source>This file is not a StudyApp backup, or it is damaged.</source>
        <translation>Este archivo no es una copia de seguridad de StudyApp o está dañado.</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored.</source>
        <translation>Esta copia de seguridad está dañada y no se puede restaurar.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation>No se pudo restaurar la copia de seguridad.</translation>
    </message>
    <message>
        <source>Your data at %1 was saved by a newer version of StudyApp. Install the newer version to open it.</source>
        <translation>Tus datos en %1 se guardaron con una versión más reciente de StudyApp. Instala esa versión para abrirlos.</translation>
    </message>
    <message>
        <source>The file %1 is not a StudyApp database, or it is damaged.</source>
        <translation>El archivo %1 no es una base de datos de StudyApp o está dañado.</translation>
    </message>
    <message>
        <source>StudyApp could not open or update its database at %1.</source>
        <translation>StudyApp no pudo abrir ni actualizar su base de datos en %1.</translation>
    </message>
    <message>
        <source>The file was left untouched.</source>
        <translation>El archivo no se modificó.</translation>
    </message>
</context>
<context>
    <name>NewConversationDialog</name>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>T&amp;opic (optional):</source>
        <translation>Te&amp;ma (opcional):</translation>
    </message>
    <message>
        <source>&amp;Invite:</source>
        <translation>&amp;Invitar:</translation>
    </message>
    <message>
        <source>Conversation title</source>
        <translation>Título de la conversación</translation>
    </message>
    <message>
        <source>e.g. Checkride prep, Tuesday group</source>
        <translation>p. ej. Preparación del checkride, grupo del martes</translation>
    </message>
    <message>
        <source>Conversation topic</source>
        <translation>Tema de la conversación</translation>
    </message>
    <message>
        <source>e.g. Weather theory and METARs</source>
        <translation>p. ej. Teoría meteorológica y METAR</translation>
    </message>
    <message>
        <source>Emails to invite</source>
        <translation>Correos electrónicos de las personas invitadas</translation>
    </message>
    <message>
        <source>name@example.com, another@example.com</source>
        <translation>nombre@ejemplo.com, otro@ejemplo.com</translation>
    </message>
    <message>
        <source>Invite people by the email of their StudyApp sync account. Invitations are sent with the next sync.</source>
        <translation>Invita a personas con el correo de su cuenta de sincronización de StudyApp. Las invitaciones se envían en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start the conversation</source>
        <translation>Empezar la conversación</translation>
    </message>
</context>
<context>
    <name>NewProfileForm</name>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>Lock &amp;password:</source>
        <translation>&amp;Contraseña de bloqueo:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>C&amp;onfirmar contraseña:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Only if you set a password</source>
        <translation>Solo si pones una contraseña</translation>
    </message>
    <message>
        <source>The lock password is optional. Set one if others use this computer: StudyApp will ask for it before opening your profile.</source>
        <translation>La contraseña de bloqueo es opcional. Ponla si otras personas usan este equipo: StudyApp te la pedirá antes de abrir tu perfil.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Lock password</source>
        <translation>Contraseña de bloqueo</translation>
    </message>
    <message>
        <source>Confirm lock password</source>
        <translation>Confirmar la contraseña de bloqueo</translation>
    </message>
</context>
<context>
    <name>OralBankFiles</name>
    <message>
        <source>Import a question bank</source>
        <translation>Importar un banco de preguntas</translation>
    </message>
    <message>
        <source>Question banks (*.json *.csv)</source>
        <translation>Bancos de preguntas (*.json *.csv)</translation>
    </message>
    <message>
        <source>Export my questions</source>
        <translation>Exportar mis preguntas</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Imported %1 questions: %2 new, %3 updated, %4 unchanged.</source>
        <translation>Se importaron %1 preguntas: %2 nuevas, %3 actualizadas, %4 sin cambios.</translation>
    </message>
    <message>
        <source>Exported %1 questions to %2.</source>
        <translation>Se exportaron %1 preguntas a %2.</translation>
    </message>
    <message>
        <source>Nothing was imported; the file has a problem: %1</source>
        <translation>No se importó nada; el archivo tiene un problema: %1</translation>
    </message>
    <message>
        <source>The file could not be used: %1</source>
        <translation>No se pudo usar el archivo: %1</translation>
    </message>
</context>
<context>
    <name>OralHistoryView</name>
    <message>
        <source>Past mock orals</source>
        <translation>Orales simulados anteriores</translation>
    </message>
    <message>
        <source>Double-click an oral to see its results.</source>
        <translation>Haz doble clic en un oral para ver sus resultados.</translation>
    </message>
    <message>
        <source>No finished mock orals yet.</source>
        <translation>Todavía no hay orales simulados terminados.</translation>
    </message>
</context>
<context>
    <name>OralPage</name>
    <message>
        <source>New oral</source>
        <translation>Nuevo oral</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Mock oral</source>
        <translation>Oral simulado</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Algo salió mal: %1</translation>
    </message>
    <message>
        <source>Type a name for the new set (up to 255 characters).</source>
        <translation>Escribe un nombre para el mazo nuevo (hasta 255 caracteres).</translation>
    </message>
    <message>
        <source>The flashcards could not be made: %1</source>
        <translation>No se pudieron crear las tarjetas: %1</translation>
    </message>
</context>
<context>
    <name>OralQuestionDialog</name>
    <message>
        <source>Edit my question</source>
        <translation>Editar mi pregunta</translation>
    </message>
    <message>
        <source>Write a question</source>
        <translation>Escribir una pregunta</translation>
    </message>
    <message>
        <source>ACS codes</source>
        <translation>Códigos ACS</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Reference answer</source>
        <translation>Respuesta de referencia</translation>
    </message>
    <message>
        <source>Key points (one a line)</source>
        <translation>Puntos clave (uno por línea)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Follow-ups (one a line)</source>
        <translation>Preguntas de seguimiento (una por línea)</translation>
    </message>
    <message>
        <source>Difficulty (1 easy – 3 hard)</source>
        <translation>Dificultad (1 fácil – 3 difícil)</translation>
    </message>
    <message>
        <source>e.g. PA.I.A.K1 PA.I.A.R2</source>
        <translation>p. ej. PA.I.A.K1 PA.I.A.R2</translation>
    </message>
</context>
<context>
    <name>OralQuestionView</name>
    <message>
        <source>Flag</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <source>Mark this question to look at again later</source>
        <translation>Marcar esta pregunta para revisarla después</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>End oral</source>
        <translation>Terminar oral</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>Answer aloud, or type your answer here; the key points you mention are ticked when you show the reference answer.</source>
        <translation>Responde en voz alta o escribe tu respuesta aquí; los puntos clave que menciones se marcan al mostrar la respuesta de referencia.</translation>
    </message>
    <message>
        <source>Show reference answer</source>
        <translation>Mostrar respuesta de referencia</translation>
    </message>
    <message>
        <source>Key points the examiner listens for</source>
        <translation>Puntos clave que el examinador espera oír</translation>
    </message>
    <message>
        <source>Reference answer</source>
        <translation>Respuesta de referencia</translation>
    </message>
    <message>
        <source>Paused: the clock is stopped.</source>
        <translation>En pausa: el reloj está detenido.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Satisfactory</source>
        <translation>Satisfactorio</translation>
    </message>
    <message>
        <source>Needs work</source>
        <translation>Mejorable</translation>
    </message>
    <message>
        <source>Unsatisfactory</source>
        <translation>Insatisfactorio</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Your answer notes</source>
        <translation>Tus notas de respuesta</translation>
    </message>
    <message>
        <source>Key points checklist</source>
        <translation>Lista de puntos clave</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Quedan %1</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>Follow-up questions:</source>
        <translation>Preguntas de seguimiento:</translation>
    </message>
</context>
<context>
    <name>OralReadinessView</name>
    <message>
        <source>ACS</source>
        <translation>ACS</translation>
    </message>
    <message>
        <source>Readiness by area and task</source>
        <translation>Preparación por área y tarea</translation>
    </message>
    <message>
        <source>Readiness mixes your latest mock oral grade for each question of a task (Satisfactory 100 %, Needs work 50 %, Unsatisfactory or skipped 0 %) with how well you remember the flashcards carrying the same ACS codes. Study the tasks below 70 % first; — means no data yet.</source>
        <translation>La preparación combina tu última nota de oral simulado en cada pregunta de una tarea (Satisfactorio 100 %, Mejorable 50 %, Insatisfactorio u omitida 0 %) con lo bien que recuerdas las tarjetas con los mismos códigos ACS. Estudia primero las tareas por debajo del 70 %; — significa que aún no hay datos.</translation>
    </message>
</context>
<context>
    <name>OralResultsView</name>
    <message>
        <source>Mock oral results</source>
        <translation>Resultados del oral simulado</translation>
    </message>
    <message>
        <source>Study what you missed</source>
        <translation>Estudia lo que fallaste</translation>
    </message>
    <message>
        <source>Make flashcards</source>
        <translation>Crear tarjetas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Choose a set, or type the name of a new one</source>
        <translation>Elige un mazo o escribe el nombre de uno nuevo</translation>
    </message>
    <message>
        <source>Flashcard set for the missed questions</source>
        <translation>Mazo para las preguntas falladas</translation>
    </message>
    <message>
        <source>Results by area and task</source>
        <translation>Resultados por área y tarea</translation>
    </message>
    <message>
        <source>Mock oral misses</source>
        <translation>Fallos del oral simulado</translation>
    </message>
    <message>
        <source>Flashcards added to %1: %2.</source>
        <translation>Tarjetas añadidas a %1: %2.</translation>
    </message>
    <message>
        <source>%1 · %2 min · Satisfactory %3 · Needs work %4 · Unsatisfactory %5 · Skipped %6 · Not reached %7 · Flagged %8</source>
        <translation>%1 · %2 min · Satisfactorio %3 · Mejorable %4 · Insatisfactorio %5 · Omitidas %6 · Sin llegar %7 · Marcadas %8</translation>
    </message>
    <message>
        <source>Missed (Needs work, Unsatisfactory or skipped): %1. Turn them into flashcards; each card keeps its ACS code.</source>
        <translation>Falladas (Mejorable, Insatisfactorio u omitidas): %1. Conviértelas en tarjetas; cada tarjeta conserva su código ACS.</translation>
    </message>
    <message>
        <source>Nothing missed: no flashcards to make.</source>
        <translation>Nada fallado: no hay tarjetas que crear.</translation>
    </message>
</context>
<context>
    <name>OralSetupView</name>
    <message>
        <source>New mock oral</source>
        <translation>Nuevo oral simulado</translation>
    </message>
    <message>
        <source>Unfinished oral</source>
        <translation>Oral sin terminar</translation>
    </message>
    <message>
        <source>My questions and question banks</source>
        <translation>Mis preguntas y bancos de preguntas</translation>
    </message>
    <message>
        <source>Write a question…</source>
        <translation>Escribir una pregunta…</translation>
    </message>
    <message>
        <source>My questions (double-click to edit)</source>
        <translation>Mis preguntas (doble clic para editar)</translation>
    </message>
    <message>
        <source>Double-click a question to edit it</source>
        <translation>Haz doble clic en una pregunta para editarla</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>ACS</source>
        <translation>ACS</translation>
    </message>
    <message>
        <source>Questions from</source>
        <translation>Preguntas de</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>Areas I choose</source>
        <translation>Áreas que elijo</translation>
    </message>
    <message>
        <source>Full oral (every area)</source>
        <translation>Oral completo (todas las áreas)</translation>
    </message>
    <message>
        <source>My weak areas (tasks under 70 % readiness)</source>
        <translation>Mis áreas débiles (tareas por debajo del 70 % de preparación)</translation>
    </message>
    <message>
        <source>Time limit (minutes)</source>
        <translation>Tiempo límite (minutos)</translation>
    </message>
    <message>
        <source>Start oral</source>
        <translation>Empezar oral</translation>
    </message>
    <message>
        <source>Write your own questions, share them with your students or import theirs: a JSON or CSV file in the format described in resources/oral/README.md.</source>
        <translation>Escribe tus propias preguntas, compártelas con tus alumnos o importa las suyas: un archivo JSON o CSV en el formato descrito en resources/oral/README.md.</translation>
    </message>
    <message>
        <source>Import bank…</source>
        <translation>Importar banco…</translation>
    </message>
    <message>
        <source>Export my questions…</source>
        <translation>Exportar mis preguntas…</translation>
    </message>
    <message>
        <source>Areas of operation</source>
        <translation>Áreas de operación</translation>
    </message>
    <message>
        <source>Time limit in minutes</source>
        <translation>Tiempo límite en minutos</translation>
    </message>
    <message>
        <source>Questions in this ACS: %1</source>
        <translation>Preguntas en este ACS: %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 questions answered.</source>
        <translation>%1: %2 de %3 preguntas respondidas.</translation>
    </message>
</context>
<context>
    <name>OralTables</name>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>ACS</source>
        <translation>ACS</translation>
    </message>
    <message>
        <source>Questions from</source>
        <translation>Preguntas de</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Area / task</source>
        <translation>Área / tarea</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Flashcards</source>
        <translation>Tarjetas (recuerdo)</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Needs work</source>
        <translation>Mejorable</translation>
    </message>
    <message>
        <source>U</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidas</translation>
    </message>
</context>
<context>
    <name>OralTaskNote</name>
    <message>
        <source>%1: the element list could not be fully checked against %2 — compare with your copy.</source>
        <translation>%1: no se pudo verificar del todo la lista de elementos con %2 — compárala con tu copia.</translation>
    </message>
    <message>
        <source>%1: the element lists could not be fully checked against %2 — compare with your copy.</source>
        <translation>%1: no se pudieron verificar del todo las listas de elementos con %2 — compáralas con tu copia.</translation>
    </message>
    <message>
        <source>Not in StudyApp yet (%2): %1 — study these from your copy.</source>
        <translation>Aún no están en StudyApp (%2): %1 — estúdialas con tu copia.</translation>
    </message>
    <message>
        <source>Area %1 Task %2</source>
        <translation>Área %1, tarea %2</translation>
    </message>
    <message>
        <source>Area %1 Tasks %2</source>
        <translation>Área %1, tareas %2</translation>
    </message>
</context>
<context>
    <name>OralTexts</name>
    <message>
        <source>Satisfactory</source>
        <translation>Satisfactorio</translation>
    </message>
    <message>
        <source>Needs work</source>
        <translation>Mejorable</translation>
    </message>
    <message>
        <source>Unsatisfactory</source>
        <translation>Insatisfactorio</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Chosen areas</source>
        <translation>Áreas elegidas</translation>
    </message>
    <message>
        <source>Full oral</source>
        <translation>Oral completo</translation>
    </message>
    <message>
        <source>My weak areas</source>
        <translation>Mis áreas débiles</translation>
    </message>
    <message>
        <source>Private Pilot – Airplane</source>
        <translation>Piloto privado – Avión</translation>
    </message>
    <message>
        <source>Instrument Rating – Airplane</source>
        <translation>Habilitación de instrumentos – Avión</translation>
    </message>
    <message>
        <source>Commercial Pilot – Airplane</source>
        <translation>Piloto comercial – Avión</translation>
    </message>
    <message>
        <source>Flight Instructor – Airplane</source>
        <translation>Instructor de vuelo – Avión</translation>
    </message>
    <message>
        <source>Choose at least one area of operation.</source>
        <translation>Elige al menos un área de operación.</translation>
    </message>
    <message>
        <source>That area is not in this ACS.</source>
        <translation>Esa área no está en este ACS.</translation>
    </message>
    <message>
        <source>There are no questions for these areas yet.</source>
        <translation>Todavía no hay preguntas para estas áreas.</translation>
    </message>
    <message>
        <source>No weak areas yet: finish a mock oral or review flashcards with ACS codes first.</source>
        <translation>Aún no hay áreas débiles: primero termina un oral simulado o repasa tarjetas con códigos ACS.</translation>
    </message>
    <message>
        <source>The time limit must be 1 to 600 minutes.</source>
        <translation>El tiempo límite debe ser de 1 a 600 minutos.</translation>
    </message>
    <message>
        <source>Choose an ACS.</source>
        <translation>Elige un ACS.</translation>
    </message>
    <message>
        <source>This oral has already ended.</source>
        <translation>Este oral ya terminó.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Algo salió mal: %1</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>Demasiado largo.</translation>
    </message>
    <message>
        <source>Not a valid value.</source>
        <translation>No es un valor válido.</translation>
    </message>
    <message>
        <source>Not an element code of this ACS (e.g. PA.I.A.K1).</source>
        <translation>No es un código de elemento de este ACS (p. ej. PA.I.A.K1).</translation>
    </message>
    <message>
        <source>Shipped questions cannot be edited.</source>
        <translation>Las preguntas incluidas con la aplicación no se pueden editar.</translation>
    </message>
    <message>
        <source>Not accepted (%1).</source>
        <translation>No aceptado (%1).</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Study</source>
        <extracomment>English source text, marked for lupdate in the &quot;Pages&quot; context. A name from studyapp.ui.widgets.line_icons.ICONS.</extracomment>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <source>Mock oral</source>
        <translation>Oral simulado</translation>
    </message>
    <message>
        <source>Gouge</source>
        <translation>Gouge</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
</context>
<context>
    <name>ParticipantListModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (tú)</translation>
    </message>
    <message>
        <source>%1 — started the conversation</source>
        <translation>%1 — empezó la conversación</translation>
    </message>
    <message>
        <source>inviting…</source>
        <translation>invitando…</translation>
    </message>
    <message>
        <source>Invitation failed: %1</source>
        <translation>La invitación falló: %1</translation>
    </message>
    <message>
        <source>joined %1</source>
        <translation>se unió: %1</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>salió: %1</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>People in this conversation</source>
        <translation>Personas de esta conversación</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Invitar…</translation>
    </message>
    <message>
        <source>Invite someone by email</source>
        <translation>Invitar a alguien por correo electrónico</translation>
    </message>
    <message>
        <source>Retry invitation</source>
        <translation>Reintentar invitación</translation>
    </message>
    <message>
        <source>Retry the failed invitation</source>
        <translation>Reintentar la invitación fallida</translation>
    </message>
    <message>
        <source>Discard invitation</source>
        <translation>Descartar invitación</translation>
    </message>
    <message>
        <source>Discard the failed invitation</source>
        <translation>Descartar la invitación fallida</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <source>From gouge</source>
        <translation>Del gouge</translation>
    </message>
    <message>
        <source>Practise this</source>
        <translation>Practicar esto</translation>
    </message>
    <message>
        <source>Unexpected on a checkride with %1: “%2”. Turn it into a flashcard:</source>
        <translation>Imprevisto en un checkride con %1: «%2». Conviértelo en una tarjeta de estudio:</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Pregunta</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Respuesta</translation>
    </message>
    <message>
        <source>Add to &amp;set</source>
        <translation>Añadir al &amp;mazo</translation>
    </message>
    <message>
        <source>Write the answer you want to remember (look it up in the AIM, FAR or ACS).</source>
        <translation>Escribe la respuesta que quieres recordar (búscala en el AIM, las FAR o los ACS).</translation>
    </message>
    <message>
        <source>Unexpected element from the gouge</source>
        <translation>Imprevisto del gouge</translation>
    </message>
    <message>
        <source>Flashcard question</source>
        <translation>Pregunta de la tarjeta</translation>
    </message>
    <message>
        <source>Flashcard answer</source>
        <translation>Respuesta de la tarjeta</translation>
    </message>
    <message>
        <source>Flashcard set</source>
        <translation>Mazo de tarjetas</translation>
    </message>
</context>
<context>
    <name>ProfileMenu</name>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>Edit my profile</source>
        <translation>Editar mi perfil</translation>
    </message>
    <message>
        <source>Add profile…</source>
        <translation>Añadir perfil…</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1 (bloqueado)</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sobre ti</translation>
    </message>
    <message>
        <source>Lock password</source>
        <translation>Contraseña de bloqueo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Sobre mí</translation>
    </message>
    <message>
        <source>City or home airport, e.g. Austin (KAUS)</source>
        <translation>Ciudad o aeropuerto base, p. ej., Austin (KAUS)</translation>
    </message>
    <message>
        <source>Certificates held, the checkride you are preparing for, your flight school…</source>
        <translation>Licencias y habilitaciones que tienes, el checkride que preparas, tu escuela de vuelo…</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>Borrar fecha</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Perfil guardado.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>The backup “%1” is now your data.</source>
        <translation>La copia de seguridad «%1» ahora es tu conjunto de datos.</translation>
    </message>
    <message>
        <source>The data you had before was kept as a safety copy: %1</source>
        <translation>Los datos que tenías antes se guardaron como copia de resguardo: %1</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>Backup not restored</source>
        <translation>No se restauró la copia de seguridad</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>1 card left</source>
        <translation>Queda 1 tarjeta</translation>
    </message>
    <message>
        <source>%1 cards left</source>
        <translation>Quedan %1 tarjetas</translation>
    </message>
    <message>
        <source>No ACS code</source>
        <translation>Sin código ACS</translation>
    </message>
    <message>
        <source>No reference</source>
        <translation>Sin referencia</translation>
    </message>
    <message>
        <source>Difficulty: %1</source>
        <translation>Dificultad: %1</translation>
    </message>
    <message>
        <source>%1, next in %2, key %3</source>
        <translation>%1, próxima en %2, tecla %3</translation>
    </message>
    <message>
        <source>Flashcard review</source>
        <translation>Repaso de tarjetas</translation>
    </message>
    <message>
        <source>Show answer</source>
        <translation>Mostrar respuesta</translation>
    </message>
    <message>
        <source>Show the answer (Space)</source>
        <translation>Mostrar la respuesta (Espacio)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last answer (U)</source>
        <translation>Deshacer la última respuesta (U)</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Editar tarjeta</translation>
    </message>
    <message>
        <source>Edit this card (E)</source>
        <translation>Editar esta tarjeta (E)</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminar sesión</translation>
    </message>
    <message>
        <source>End the session (Esc)</source>
        <translation>Terminar la sesión (Esc)</translation>
    </message>
    <message>
        <source>Space show answer   ·   1–4 grade   ·   U undo   ·   E edit   ·   Esc end</source>
        <translation>Espacio muestra la respuesta   ·   1–4 califica   ·   U deshace   ·   E edita   ·   Esc termina</translation>
    </message>
</context>
<context>
    <name>ReviewSummaryView</name>
    <message>
        <source>Session complete</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Back to my sets</source>
        <translation>Volver a mis mazos</translation>
    </message>
    <message>
        <source>— (only new or learning cards this time)</source>
        <translation>— (esta vez solo hubo tarjetas nuevas o en aprendizaje)</translation>
    </message>
</context>
<context>
    <name>ReviewTexts</name>
    <message>
        <source>&lt;1 min</source>
        <translation>&lt;1 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>1 card</source>
        <translation>1 tarjeta</translation>
    </message>
    <message>
        <source>%1 cards</source>
        <translation>%1 tarjetas</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>This can be at most %1 characters.</source>
        <translation>Esto admite como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter a name for the set.</source>
        <translation>Escribe un nombre para el mazo.</translation>
    </message>
    <message>
        <source>You already have a set with this name.</source>
        <translation>Ya tienes un mazo con este nombre.</translation>
    </message>
    <message>
        <source>Enter the question.</source>
        <translation>Escribe la pregunta.</translation>
    </message>
    <message>
        <source>Enter the answer.</source>
        <translation>Escribe la respuesta.</translation>
    </message>
    <message>
        <source>Choose easy, moderate or hard.</source>
        <translation>Elige fácil, moderada o difícil.</translation>
    </message>
    <message>
        <source>This value was not accepted (%1).</source>
        <translation>Este valor no se aceptó (%1).</translation>
    </message>
    <message>
        <source>This item no longer exists or is not yours to change.</source>
        <translation>Este elemento ya no existe o no te corresponde cambiarlo.</translation>
    </message>
    <message>
        <source>This can no longer be undone: something else changed it meanwhile.</source>
        <translation>Ya no se puede deshacer: algo lo cambió mientras tanto.</translation>
    </message>
    <message>
        <source>Something went wrong; the change was not saved. Details are in the log.</source>
        <translation>Algo salió mal; el cambio no se guardó. Los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>B</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>U</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Subrayado</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Lista</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>Imagen…</translation>
    </message>
    <message>
        <source>Insert picture from a file</source>
        <translation>Insertar una imagen desde un archivo</translation>
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Email notifications</source>
        <translation>Notificaciones por correo electrónico</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Notificaciones de escritorio</translation>
    </message>
    <message>
        <source>Show progress charts</source>
        <translation>Mostrar gráficos de progreso</translation>
    </message>
    <message>
        <source>Reminders and replies by email, once StudyApp is connected to a sync server.</source>
        <translation>Recordatorios y respuestas por correo electrónico, cuando StudyApp esté conectado a un servidor de sincronización.</translation>
    </message>
    <message>
        <source>Reminders from your desktop when reviews are due.</source>
        <translation>Avisos en tu escritorio cuando tengas repasos pendientes.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Configuración no guardada</translation>
    </message>
    <message>
        <source>Your settings could not be saved. They apply until StudyApp is closed.</source>
        <translation>No se pudo guardar tu configuración. Se aplicará hasta que cierres StudyApp.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Open profile</source>
        <translation>Abrir perfil</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Lock password</source>
        <translation>Contraseña de bloqueo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Quit StudyApp</source>
        <translation>Salir de StudyApp</translation>
    </message>
    <message>
        <source>This profile is locked. Enter its password to open it.</source>
        <translation>Este perfil está bloqueado. Escribe su contraseña para abrirlo.</translation>
    </message>
    <message>
        <source>This profile has no lock password.</source>
        <translation>Este perfil no tiene contraseña de bloqueo.</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <source>No reports yet. Be the first to write gouge about this examiner.</source>
        <translation>Aún no hay reportes. Escribe el primer gouge sobre este examinador.</translation>
    </message>
    <message>
        <source>average rating</source>
        <translation>valoración media</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>aprobados</translation>
    </message>
    <message>
        <source>flight difficulty</source>
        <translation>dificultad del vuelo</translation>
    </message>
    <message>
        <source>oral difficulty</source>
        <translation>dificultad del oral</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>reportes</translation>
    </message>
    <message>
        <source>No reports yet</source>
        <translation>Aún sin reportes</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message>
        <source>Nothing to review here right now: no card is due and today&apos;s new cards are done.</source>
        <translation>Nada que repasar aquí por ahora: no hay tarjetas pendientes y ya viste las nuevas de hoy.</translation>
    </message>
    <message>
        <source>Study status</source>
        <translation>Estado del estudio</translation>
    </message>
</context>
<context>
    <name>StudySettingsSection</name>
    <message>
        <source>Fitting FSRS to your review history…</source>
        <translation>Ajustando FSRS a tu historial de repaso…</translation>
    </message>
    <message>
        <source>Not enough review history yet: %1 of the %2 reviews needed. Only answers given on a later day than the card&apos;s previous answer count. Keep reviewing and try again.</source>
        <translation>Aún no hay suficiente historial de repaso: %1 de los %2 repasos necesarios. Solo cuentan las respuestas dadas un día posterior a la respuesta anterior de la misma tarjeta. Sigue repasando y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The optimisation failed; nothing changed. Details are in the log.</source>
        <translation>La optimización falló; no se cambió nada. Los detalles están en el registro.</translation>
    </message>
    <message>
        <source>FSRS uses its default parameters.</source>
        <translation>FSRS usa sus parámetros predeterminados.</translation>
    </message>
    <message>
        <source>FSRS uses parameters fitted to %1 of your reviews on %2.</source>
        <translation>FSRS usa parámetros ajustados a %1 de tus repasos el %2.</translation>
    </message>
    <message>
        <source>Fitted to %1 reviews. Log loss %2 before, %3 after (%4% lower: FSRS now predicts your recall better). Your reviews are scheduled with these parameters from now on.</source>
        <translation>Ajustado a %1 repasos. Pérdida logarítmica: %2 antes, %3 después (un %4 % menos: FSRS ahora predice mejor lo que recuerdas). A partir de ahora tus repasos se programan con estos parámetros.</translation>
    </message>
    <message>
        <source>Fitted to %1 reviews. Log loss %2 with your current parameters, %3 with the new fit: the current ones predict your recall as well or better, so nothing changed.</source>
        <translation>Ajustado a %1 repasos. Pérdida logarítmica: %2 con tus parámetros actuales, %3 con el nuevo ajuste. Los actuales predicen lo que recuerdas igual de bien o mejor, así que no se cambió nada.</translation>
    </message>
    <message>
        <source>Desired &amp;retention:</source>
        <translation>&amp;Retención deseada:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Desired retention in percent</source>
        <translation>Retención deseada en porcentaje</translation>
    </message>
    <message>
        <source>&amp;New cards a day:</source>
        <translation>Tarjetas &amp;nuevas al día:</translation>
    </message>
    <message>
        <source>New cards a day</source>
        <translation>Tarjetas nuevas al día</translation>
    </message>
    <message>
        <source>The share of cards you want to still remember when they come due. Higher means more reviews; 90% suits most pilots.</source>
        <translation>La proporción de tarjetas que quieres seguir recordando cuando les toca repaso. Un valor más alto implica más repasos; el 90 % va bien a la mayoría de los pilotos.</translation>
    </message>
    <message>
        <source>Optimise my parameters</source>
        <translation>Optimizar mis parámetros</translation>
    </message>
    <message>
        <source>Optimise my FSRS parameters</source>
        <translation>Optimizar mis parámetros de FSRS</translation>
    </message>
    <message>
        <source>Fit FSRS&apos;s memory model to your own review history</source>
        <translation>Ajustar el modelo de memoria de FSRS a tu propio historial de repaso</translation>
    </message>
    <message>
        <source>Optimising</source>
        <translation>Optimizando</translation>
    </message>
    <message>
        <source>Optimisation result</source>
        <translation>Resultado de la optimización</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>Share gouge and examiners with other pilots through a sync server. StudyApp works fully without it.</source>
        <translation>Comparte gouge y examinadores con otros pilotos a través de un servidor de sincronización. StudyApp funciona por completo sin él.</translation>
    </message>
    <message>
        <source>This computer has no system keyring to keep your sign-in safely, so StudyApp cannot stay signed in between runs.</source>
        <translation>Este equipo no tiene un llavero del sistema para guardar tu inicio de sesión de forma segura, así que StudyApp no puede mantener la sesión entre ejecuciones.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Server account email</source>
        <translation>Correo electrónico de la cuenta del servidor</translation>
    </message>
    <message>
        <source>Server account password</source>
        <translation>Contraseña de la cuenta del servidor</translation>
    </message>
    <message>
        <source>Keep me signed in for this run only</source>
        <translation>Mantener la sesión solo durante esta ejecución</translation>
    </message>
    <message>
        <source>I understand, allow an unencrypted connection to this server</source>
        <translation>Lo entiendo: permitir una conexión sin cifrar con este servidor</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Crear cuenta</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>This address uses plain http://, not https://. Your password and your sign-in token would travel unencrypted: anyone on the networks between you and the server could read them and sign in as you.</source>
        <translation>Esta dirección usa http:// simple, no https://. Tu contraseña y tu token de inicio de sesión viajarían sin cifrar: cualquiera en las redes entre tú y el servidor podría leerlos e iniciar sesión en tu nombre.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2.</source>
        <translation>Sesión iniciada como %1 en %2.</translation>
    </message>
    <message>
        <source>Signed out. Last used: %1 on %2.</source>
        <translation>Sesión cerrada. Último uso: %1 en %2.</translation>
    </message>
    <message>
        <source>The connection is not encrypted (plain http://).</source>
        <translation>La conexión no está cifrada (http:// simple).</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>Last sync: %1. Changes waiting to be sent: %2.</source>
        <translation>Última sincronización: %1. Cambios pendientes de enviar: %2.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Sync: off</source>
        <translation>Sincronización: desactivada</translation>
    </message>
    <message>
        <source>Sync: offline</source>
        <translation>Sincronización: sin conexión</translation>
    </message>
    <message>
        <source>Sync: syncing…</source>
        <translation>Sincronización: sincronizando…</translation>
    </message>
    <message>
        <source>Sync: up to date</source>
        <translation>Sincronización: al día</translation>
    </message>
    <message>
        <source>Sync: error</source>
        <translation>Sincronización: error</translation>
    </message>
    <message>
        <source>No sync server is set up. Everything is saved on this computer.</source>
        <translation>No hay ningún servidor de sincronización configurado. Todo se guarda en este equipo.</translation>
    </message>
    <message>
        <source>The sync server cannot be reached. Changes are kept and sent later.</source>
        <translation>No se puede conectar con el servidor de sincronización. Los cambios se guardan y se enviarán más tarde.</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>Enter the server address, for example https://sync.example.com.</source>
        <translation>Escribe la dirección del servidor, por ejemplo https://sync.example.com.</translation>
    </message>
    <message>
        <source>Not signed in: use an https:// address, or read the warning below and tick the box if you accept it.</source>
        <translation>No se inició sesión: usa una dirección https://, o lee el aviso de abajo y marca la casilla si lo aceptas.</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Escribe tu correo electrónico.</translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation>Esta dirección de correo electrónico no es válida.</translation>
    </message>
    <message>
        <source>An account with this email already exists on the server. Sign in.</source>
        <translation>Ya existe una cuenta con este correo en el servidor. Inicia sesión.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escribe tu contraseña.</translation>
    </message>
    <message>
        <source>The server did not accept this email and password.</source>
        <translation>El servidor no aceptó este correo y esta contraseña.</translation>
    </message>
    <message>
        <source>This password is too short.</source>
        <translation>Esta contraseña es demasiado corta.</translation>
    </message>
    <message>
        <source>The server did not accept this value (%1).</source>
        <translation>El servidor no aceptó este valor (%1).</translation>
    </message>
    <message>
        <source>The sync server cannot be reached. Changes are kept and sent later.</source>
        <translation>No se puede conectar con el servidor de sincronización. Los cambios se guardan y se envían más tarde.</translation>
    </message>
    <message>
        <source>The server no longer accepts your sign-in. Sign in again.</source>
        <translation>El servidor ya no acepta tu inicio de sesión. Inicia sesión de nuevo.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>El servidor rechazó la solicitud.</translation>
    </message>
    <message>
        <source>The server is refusing further attempts from here for a while. Try again later.</source>
        <translation>El servidor rechaza por un tiempo nuevos intentos desde aquí. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>No system keyring is available to keep your sign-in. Tick “Keep me signed in for this run only” to sign in anyway.</source>
        <translation>No hay un llavero del sistema para guardar tu inicio de sesión. Marca «Mantener la sesión solo durante esta ejecución» para iniciar sesión de todos modos.</translation>
    </message>
    <message>
        <source>Sync failed on the server or network.</source>
        <translation>La sincronización falló en el servidor o en la red.</translation>
    </message>
</context>
<context>
    <name>TextPreviewModel</name>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Cancelar la tarea</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>TransferTexts</name>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Mazo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>ACS code</source>
        <translation>Código ACS</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Difficulty (1–3)</source>
        <translation>Dificultad (1–3)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Card id</source>
        <translation>ID de tarjeta</translation>
    </message>
    <message>
        <source>The file no longer exists.</source>
        <translation>El archivo ya no existe.</translation>
    </message>
    <message>
        <source>StudyApp cannot import this kind of file. Choose a .csv, .tsv, .txt, .apkg or .colpkg file.</source>
        <translation>StudyApp no puede importar este tipo de archivo. Elige un archivo .csv, .tsv, .txt, .apkg o .colpkg.</translation>
    </message>
    <message>
        <source>This file is not what its name says: its content is of another kind.</source>
        <translation>Este archivo no es lo que indica su nombre: su contenido es de otro tipo.</translation>
    </message>
    <message>
        <source>The package is damaged or incomplete (was the download cut short?).</source>
        <translation>El paquete está dañado o incompleto (¿se cortó la descarga?).</translation>
    </message>
    <message>
        <source>The package tries to write outside its own folder, so it was refused for your safety.</source>
        <translation>El paquete intenta escribir fuera de su propia carpeta, así que se rechazó por tu seguridad.</translation>
    </message>
    <message>
        <source>The package unpacks to far more data than a deck can hold, so it was refused.</source>
        <translation>El paquete se descomprime en muchos más datos de los que puede contener un mazo, así que se rechazó.</translation>
    </message>
    <message>
        <source>The text is not in UTF-8. Save it again as “CSV UTF-8” (or UTF-8 text) and retry.</source>
        <translation>El texto no está en UTF-8. Guárdalo de nuevo como «CSV UTF-8» (o texto UTF-8) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This package comes from a newer Anki than StudyApp understands. In Anki, export it with “Support older Anki versions” ticked.</source>
        <translation>Este paquete viene de una versión de Anki más reciente de las que StudyApp entiende. En Anki, expórtalo con la opción «Support older Anki versions» marcada.</translation>
    </message>
    <message>
        <source>The Anki collection inside the package is damaged or not one Anki writes.</source>
        <translation>La colección de Anki que contiene el paquete está dañada o no tiene el formato que escribe Anki.</translation>
    </message>
    <message>
        <source>No row of the file has both a question and an answer.</source>
        <translation>Ninguna fila del archivo tiene a la vez pregunta y respuesta.</translation>
    </message>
    <message>
        <source>Choose one column for the question and one for the answer.</source>
        <translation>Elige una columna para la pregunta y otra para la respuesta.</translation>
    </message>
    <message>
        <source>The file is not valid CSV.</source>
        <translation>El archivo no es un CSV válido.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Importación cancelada. No se cambió nada.</translation>
    </message>
    <message>
        <source>This file cannot be imported (%1).</source>
        <translation>Este archivo no se puede importar (%1).</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was imported. Details are in the log.</source>
        <translation>Algo salió mal; no se importó nada. Los detalles están en el registro.</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Añadidas: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Actualizadas: %1</translation>
    </message>
    <message>
        <source>Already up to date: %1</source>
        <translation>Ya al día: %1</translation>
    </message>
    <message>
        <source>Sets: %1</source>
        <translation>Mazos: %1</translation>
    </message>
    <message>
        <source>Images and sounds: %1</source>
        <translation>Imágenes y sonidos: %1</translation>
    </message>
    <message>
        <source>Past reviews carried over: %1</source>
        <translation>Repasos anteriores conservados: %1</translation>
    </message>
    <message>
        <source>Exported %1 from %2 to %3.</source>
        <translation>Exportadas: %1 de %2 a %3.</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Exportación cancelada. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>A chosen set no longer exists.</source>
        <translation>Uno de los mazos elegidos ya no existe.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv, .tsv or .apkg.</source>
        <translation>Elige un nombre de archivo que termine en .csv, .tsv o .apkg.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message>
        <source>Something went wrong; the export was not finished. Details are in the log.</source>
        <translation>Algo salió mal; la exportación no se terminó. Los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome to StudyApp</source>
        <translation>Te damos la bienvenida a StudyApp</translation>
    </message>
    <message>
        <source>Create your profile to start preparing for your checkride. Everything stays on this computer; you can add more profiles later from the Profile menu.</source>
        <translation>Crea tu perfil para empezar a preparar tu examen práctico (checkride). Todo se queda en este equipo; más adelante puedes añadir otros perfiles desde el menú Perfil.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Crear perfil</translation>
    </message>
</context>
</TS>
