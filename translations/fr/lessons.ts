<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ClassroomDialog</name>
    <message>
        <source>Toolbar</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Barre d&apos;état</translation>
    </message>
    <message>
        <source>Classroom mode</source>
        <translation>Mode classe</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Line width on the canvas</source>
        <translation>Épaisseur des traits du canevas</translation>
    </message>
    <message>
        <source>For a projector: larger text, thicker links, fewer panels.
Saved with the network file.</source>
        <translation>Pour un projecteur&#xa0;: texte plus grand, connexions plus épaisses, moins de panneaux.
Enregistré avec le fichier du réseau.</translation>
    </message>
    <message>
        <source>Hide while classroom mode is on:</source>
        <translation>À masquer en mode classe&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LessonBrowser</name>
    <message>
        <source>Open Optimizer playground</source>
        <extracomment>The button that opens a lesson&apos;s view again: &quot;Open the digit pad&quot; (whole sentences: word order differs).</extracomment>
        <translation>Ouvrir «&#xa0;Bac à sable des optimiseurs&#xa0;»</translation>
    </message>
    <message>
        <source>Open Derivatives lab</source>
        <translation>Ouvrir «&#xa0;Dérivées à la main&#xa0;»</translation>
    </message>
    <message>
        <source>Open Activation gallery</source>
        <translation>Ouvrir «&#xa0;Galerie des activations&#xa0;»</translation>
    </message>
    <message>
        <source>Open the digit pad</source>
        <translation>Ouvrir «&#xa0;Dessiner un chiffre&#xa0;»</translation>
    </message>
    <message>
        <source>Open Confusion matrix</source>
        <translation>Ouvrir «&#xa0;Matrice de confusion&#xa0;»</translation>
    </message>
    <message>
        <source>Open the optimizer race</source>
        <translation>Ouvrir «&#xa0;Course d&apos;optimiseurs&#xa0;»</translation>
    </message>
    <message>
        <source>Open Step-through</source>
        <translation>Ouvrir «&#xa0;Pas à pas&#xa0;»</translation>
    </message>
    <message>
        <source>Open Gradient check</source>
        <translation>Ouvrir «&#xa0;Vérification du gradient&#xa0;»</translation>
    </message>
    <message>
        <source>Open Loss and softmax</source>
        <translation>Ouvrir «&#xa0;Perte et softmax&#xa0;»</translation>
    </message>
    <message>
        <source>Open Gradient view</source>
        <translation>Ouvrir «&#xa0;Vue des gradients&#xa0;»</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lessons&lt;/b&gt; — from one perceptron to Adam. Each has a goal the app checks as you work.</source>
        <translation>&lt;b&gt;Leçons&lt;/b&gt; — d&apos;un seul perceptron jusqu&apos;à Adam. Chacune a un objectif que l&apos;application vérifie au fil de votre travail.</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>%v sur&#xa0;%m terminées</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>☰ All lessons</source>
        <translation>☰ Sommaire</translation>
    </message>
    <message>
        <source>Back to the list of lessons and your progress</source>
        <translation>Retour à la liste des leçons et à votre progression</translation>
    </message>
    <message>
        <source>↺ Start over</source>
        <translation>↺ Recommencer</translation>
    </message>
    <message>
        <source>Start this lesson over from the beginning</source>
        <translation>Reprendre cette leçon depuis le début</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goal&lt;/b&gt;</source>
        <translation>&lt;b&gt;Objectif&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Apply the solution (Ctrl+Z undoes it)</source>
        <translation>Appliquer la solution (Ctrl+Z l&apos;annule)</translation>
    </message>
    <message>
        <source>The previous lesson</source>
        <translation>La leçon précédente</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Reach the goal of the lesson before to unlock this one</source>
        <translation>Atteignez l&apos;objectif de la leçon précédente pour débloquer celle-ci</translation>
    </message>
    <message>
        <source>Could not read a lesson: {problem}</source>
        <translation>Impossible de lire une leçon&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Lesson {number} of {total}</source>
        <translation>Leçon {number} sur {total}</translation>
    </message>
    <message>
        <source>Open the view</source>
        <translation>Ouvrir la vue</translation>
    </message>
    <message>
        <source>Open the view this lesson is about again (it opened when the lesson started)</source>
        <translation>Rouvrir la vue dont parle cette leçon (elle s&apos;est ouverte au début de la leçon)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Solution.&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;Solution.&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>✓ That is the solution. Ctrl+Z takes it back, if you want to try it yourself.</source>
        <translation>✓ Voilà la solution. Ctrl+Z la retire, si vous voulez essayer vous-même.</translation>
    </message>
    <message>
        <source>★ Goal reached — and that was the last lesson. Well done!</source>
        <translation>★ Objectif atteint — et c&apos;était la dernière leçon. Bravo&#xa0;!</translation>
    </message>
    <message>
        <source>★ Goal reached! The next lesson is unlocked.</source>
        <translation>★ Objectif atteint&#xa0;! La leçon suivante est débloquée.</translation>
    </message>
    <message>
        <source>✓ Goal reached.</source>
        <translation>✓ Objectif atteint.</translation>
    </message>
    <message>
        <source>Lesson done: {title}</source>
        <translation>Leçon terminée&#xa0;: {title}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hint {number}.&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;Indice {number}.&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>Another hint ({left} left)</source>
        <translation>Indice (encore {left})</translation>
    </message>
    <message>
        <source>No more hints</source>
        <translation>Plus d&apos;indice</translation>
    </message>
    <message>
        <source>Reach this lesson&apos;s goal to unlock the next one</source>
        <translation>Atteignez l&apos;objectif de cette leçon pour débloquer la suivante</translation>
    </message>
</context>
<context>
    <name>LessonController</name>
    <message>
        <source>Show me: {title}</source>
        <translation>Voir la solution&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Lesson settings</source>
        <translation>Réglages de la leçon</translation>
    </message>
    <message>
        <source>Lesson network</source>
        <translation>Réseau de la leçon</translation>
    </message>
</context>
<context>
    <name>LessonsMenu</name>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Guided lessons with goals the app checks</source>
        <translation>Leçons guidées, avec des objectifs que l&apos;application vérifie</translation>
    </message>
    <message>
        <source>Lesso&amp;ns</source>
        <translation>Leço&amp;ns</translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation>&amp;Leçons…</translation>
    </message>
    <message>
        <source>Guided lessons from one perceptron to Adam, each with a goal the app checks</source>
        <translation>Leçons guidées, d&apos;un perceptron jusqu&apos;à Adam, chacune avec un objectif que l&apos;application vérifie</translation>
    </message>
    <message>
        <source>&amp;Classroom mode</source>
        <translation>Mode &amp;classe</translation>
    </message>
    <message>
        <source>Larger fonts and thicker lines for a projector; saved with the network file</source>
        <translation>Texte plus grand et traits plus épais pour un projecteur&#xa0;; enregistré avec le fichier du réseau</translation>
    </message>
    <message>
        <source>Classroom &amp;settings…</source>
        <translation>&amp;Réglages du mode classe…</translation>
    </message>
    <message>
        <source>Text size, line width and the panels classroom mode hides</source>
        <translation>Taille du texte, épaisseur des traits et panneaux masqués en mode classe</translation>
    </message>
    <message>
        <source>&amp;Forget my progress</source>
        <translation>&amp;Oublier ma progression</translation>
    </message>
</context>
</TS>
