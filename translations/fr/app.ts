<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>See and touch a neural network while you learn how it works.</source>
        <translation>Voyez et manipulez un réseau de neurones tout en apprenant comment il fonctionne.</translation>
    </message>
    <message>
        <source>Click a neuron or a link on the canvas, drag its slider in the Inspector, and watch the outputs, the truth table and the activation plot follow. Then press Play and watch it learn.</source>
        <translation>Cliquez sur un neurone ou une connexion du canevas, faites glisser son curseur dans l&apos;Inspecteur et regardez les sorties, la table de vérité et la courbe d&apos;activation suivre. Puis appuyez sur Lecture et regardez-le apprendre.</translation>
    </message>
    <message>
        <source>Bundled examples and datasets: {0}</source>
        <translation>Exemples et jeux de données fournis&#xa0;: {0}</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>Licence MIT</translation>
    </message>
    <message>
        <source>About Synaptica</source>
        <translation>À propos de Synaptica</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Point-virgule&#xa0;;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar |</source>
        <translation>Barre verticale |</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Espaces</translation>
    </message>
    <message>
        <source>Point (1.5)</source>
        <translation>Point (1.5)</translation>
    </message>
    <message>
        <source>Comma (1,5)</source>
        <translation>Virgule (1,5)</translation>
    </message>
    <message>
        <source>Yes: the first row names the columns</source>
        <translation>Oui&#xa0;: la 1re ligne nomme les colonnes</translation>
    </message>
    <message>
        <source>No: every row is data</source>
        <translation>Non&#xa0;: toutes les lignes sont des données</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Les ignorer</translation>
    </message>
    <message>
        <source>One-hot encode them (one 0/1 column per value)</source>
        <translation>Encodage one-hot (une colonne 0/1 par valeur)</translation>
    </message>
    <message>
        <source>Classification (labels are classes)</source>
        <translation>Classification (étiquettes = classes)</translation>
    </message>
    <message>
        <source>Regression (labels are numbers to predict)</source>
        <translation>Régression (étiquettes = nombres à prédire)</translation>
    </message>
    <message>
        <source>{0}.</source>
        <translation>{0}.</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>Importer {0}</translation>
    </message>
    <message>
        <source>The column that holds what the network should predict</source>
        <translation>La colonne qui contient ce que le réseau doit prédire</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>Decimal separator:</source>
        <translation>Séparateur décimal&#xa0;:</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Ligne d&apos;en-tête&#xa0;:</translation>
    </message>
    <message>
        <source>Label column:</source>
        <translation>Colonne d&apos;étiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Text feature columns:</source>
        <translation>Colonnes de texte&#xa0;:</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Tâche&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#fde9b8&apos;&gt;&amp;nbsp;label&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;span style=&apos;color:#9a9a9a&apos;&gt;skipped&lt;/span&gt; &amp;nbsp;· first rows of the file</source>
        <translation>&lt;span style=&apos;background:#fde9b8&apos;&gt;&amp;nbsp;étiquette&amp;nbsp;&lt;/span&gt;&amp;nbsp; &lt;span style=&apos;color:#9a9a9a&apos;&gt;ignorée&lt;/span&gt; &amp;nbsp;· premières lignes du fichier</translation>
    </message>
    <message>
        <source>Reading… {0}</source>
        <translation>Lecture… {0}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Detect ({0})</source>
        <translation>Détecter ({0})</translation>
    </message>
    <message>
        <source>{0} (label)</source>
        <translation>{0} (étiquette)</translation>
    </message>
    <message>
        <source>{0} (skipped)</source>
        <translation>{0} (ignorée)</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Set layer {layer} activation to {name}</source>
        <translation>activation de la couche {layer}&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Untitled network</source>
        <extracomment>The name of a network nobody named (stored in English; shown translated, see Document.shown_name).</extracomment>
        <translation>Réseau sans titre</translation>
    </message>
    <message>
        <source>Change the dataset</source>
        <translation>changement du jeu de données</translation>
    </message>
    <message>
        <source>Change the dataset and training settings</source>
        <translation>changement du jeu de données et des réglages d&apos;entraînement</translation>
    </message>
    <message>
        <source>Change training settings</source>
        <translation>changement des réglages d&apos;entraînement</translation>
    </message>
    <message>
        <source>Change the classroom settings</source>
        <translation>changement des réglages du mode classe</translation>
    </message>
    <message>
        <source>Rename the network</source>
        <translation>renommage du réseau</translation>
    </message>
    <message>
        <source>Change the description</source>
        <translation>changement de la description</translation>
    </message>
    <message>
        <source>Set inputs</source>
        <translation>réglage des entrées</translation>
    </message>
    <message>
        <source>Set inputs to {0}</source>
        <translation>nombre d&apos;entrées&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Set outputs to {0}</source>
        <translation>nombre de sorties&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Set hidden layer {layer} to {size}</source>
        <translation>couche cachée {layer}&#xa0;: {size} neurones</translation>
    </message>
    <message>
        <source>Insert hidden layer {0}</source>
        <translation>insertion de la couche cachée {0}</translation>
    </message>
    <message>
        <source>Remove hidden layer {0}</source>
        <translation>suppression de la couche cachée {0}</translation>
    </message>
    <message>
        <source>Set weight {0}→{1}</source>
        <translation>réglage du poids {0}→{1}</translation>
    </message>
    <message>
        <source>Set input {0}</source>
        <translation>réglage de l&apos;entrée {0}</translation>
    </message>
    <message>
        <source>Set bias of {0}</source>
        <translation>réglage du biais de {0}</translation>
    </message>
</context>
<context>
    <name>ExamplesPanel</name>
    <message>
        <source>Bundled example networks. Double-click one to open it.</source>
        <translation>Réseaux d&apos;exemple fournis. Double-cliquez sur l&apos;un d&apos;eux pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Open example</source>
        <translation>Ouvrir l&apos;exemple</translation>
    </message>
    <message>
        <source>Open the selected example network (your current network is kept until you confirm)</source>
        <translation>Ouvrir le réseau d&apos;exemple choisi (votre réseau actuel est gardé jusqu&apos;à ce que vous confirmiez)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Networks (*.json *.onnx *.npz *.pkl);;Synaptica networks (*.json);;ONNX models (*.onnx);;NumPy weights (*.npz);;The textbook&apos;s pickled weights (*.pkl);;All files (*)</source>
        <translation>Réseaux (*.json *.onnx *.npz *.pkl);;Réseaux Synaptica (*.json);;Modèles ONNX (*.onnx);;Poids NumPy (*.npz);;Poids du manuel au format pickle (*.pkl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;NumPy script (.py)…</source>
        <extracomment>format -&gt; (menu text, file dialog filter, suffix added to the suggested name)</extracomment>
        <translation>Script &amp;NumPy (.py)…</translation>
    </message>
    <message>
        <source>NumPy script (*.py)</source>
        <translation>Script NumPy (*.py)</translation>
    </message>
    <message>
        <source>&amp;PyTorch script (.py)…</source>
        <translation>Script &amp;PyTorch (.py)…</translation>
    </message>
    <message>
        <source>PyTorch script (*.py)</source>
        <translation>Script PyTorch (*.py)</translation>
    </message>
    <message>
        <source>&amp;ONNX model (.onnx)…</source>
        <translation>Modèle &amp;ONNX (.onnx)…</translation>
    </message>
    <message>
        <source>ONNX model (*.onnx)</source>
        <translation>Modèle ONNX (*.onnx)</translation>
    </message>
    <message>
        <source>NumPy &amp;weights (.npz)…</source>
        <translation>Po&amp;ids NumPy (.npz)…</translation>
    </message>
    <message>
        <source>NumPy weights (*.npz)</source>
        <translation>Poids NumPy (*.npz)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Image PNG (*.png);;Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>Activation functions</source>
        <translation>Fonctions d&apos;activation</translation>
    </message>
    <message>
        <source>{name} holds the weights of {n} layers{shape} but not their activation functions. Which ones does the network use?</source>
        <translation>{name} contient les poids de {n} couches{shape} mais pas leurs fonctions d&apos;activation. Lesquelles le réseau utilise-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>The textbook&apos;s MNIST network (sample_weight.pkl) uses &lt;b&gt;sigmoid&lt;/b&gt; hidden layers and a &lt;b&gt;softmax&lt;/b&gt; output.</source>
        <translation>Le réseau MNIST du manuel (sample_weight.pkl) utilise &lt;b&gt;sigmoid&lt;/b&gt; dans les couches cachées et &lt;b&gt;softmax&lt;/b&gt; en sortie.</translation>
    </message>
    <message>
        <source>{name} holds the weights of {n} layer{shape} but not its activation function. Which one does the network use?</source>
        <translation>{name} contient les poids de {n} couche{shape} mais pas sa fonction d&apos;activation. Laquelle le réseau utilise-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>Hidden layers:</source>
        <translation>Couches cachées&#xa0;:</translation>
    </message>
    <message>
        <source>Output layer:</source>
        <translation>Couche de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>Could not open the network</source>
        <translation>Impossible d&apos;ouvrir le réseau</translation>
    </message>
    <message>
        <source>Imported {0} — Save As keeps it as a Synaptica network</source>
        <translation>{0} importé — «&#xa0;Enregistrer sous&#xa0;» le garde comme réseau Synaptica</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export the network as a {0}</source>
        <translation>Exporter le réseau&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} (PNG, SVG)…</source>
        <translation>{0} (PNG, SVG)…</translation>
    </message>
    <message>
        <source>Save the {0} as a PNG or SVG image</source>
        <translation>Enregistrer en image PNG ou SVG&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Loss &amp;history (.csv)…</source>
        <translation>&amp;Historique de la perte (.csv)…</translation>
    </message>
    <message>
        <source>Save the loss and accuracy per epoch as a CSV table</source>
        <translation>Enregistrer la perte et l&apos;exactitude par époque dans un tableau CSV</translation>
    </message>
    <message>
        <source>Network canvas</source>
        <translation>Canevas du réseau</translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation>Courbe de perte</translation>
    </message>
    <message>
        <source>Probe sample plot</source>
        <translation>Graphique de l&apos;échantillon examiné</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>Frontière de décision</translation>
    </message>
    <message>
        <source>Needs the onnx package: {0}</source>
        <translation>Nécessite le paquet onnx&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Export the network as an ONNX model (opens in Netron, runs in onnxruntime)</source>
        <translation>Exporter le réseau en modèle ONNX (s&apos;ouvre dans Netron, s&apos;exécute avec onnxruntime)</translation>
    </message>
    <message>
        <source>No loss history yet: train the network first</source>
        <translation>Pas encore d&apos;historique de la perte&#xa0;: entraînez d&apos;abord le réseau</translation>
    </message>
    <message>
        <source>Package needed</source>
        <translation>Paquet nécessaire</translation>
    </message>
    <message>
        <source>Exporting {suffix} files needs the {packages} package, which is not installed.

Install it with:
{command}</source>
        <translation>L&apos;export de fichiers {suffix} nécessite le paquet {packages}, qui n&apos;est pas installé.

Installez-le avec&#xa0;:
{command}</translation>
    </message>
    <message>
        <source>Export as {0}</source>
        <translation>Exporter&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Could not export the network</source>
        <translation>Impossible d&apos;exporter le réseau</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>{0} exporté</translation>
    </message>
    <message>
        <source>Exported {name} ({format}).</source>
        <translation>{name} exporté ({format}).</translation>
    </message>
    <message>
        <source>Save the {0} as an image</source>
        <translation>Enregistrer en image&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Saved the {what} to {path}</source>
        <translation>Enregistré dans {path}&#xa0;: {what}</translation>
    </message>
    <message>
        <source>No loss history</source>
        <translation>Pas d&apos;historique de la perte</translation>
    </message>
    <message>
        <source>There is no loss history yet: train the network first.</source>
        <translation>Il n&apos;y a pas encore d&apos;historique de la perte&#xa0;: entraînez d&apos;abord le réseau.</translation>
    </message>
    <message>
        <source>Save the loss history</source>
        <translation>Enregistrer l&apos;historique de la perte</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {count} epochs of loss history to {path}</source>
        <translation>Historique de la perte ({count} époques) enregistré dans {path}</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Impossible d&apos;exporter</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Export terminé</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Synaptica networks (*.json);;All files (*)</source>
        <translation>Réseaux Synaptica (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open network</source>
        <translation>Ouvrir un réseau</translation>
    </message>
    <message>
        <source>Could not open the network</source>
        <translation>Impossible d&apos;ouvrir le réseau</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>{0} ouvert</translation>
    </message>
    <message>
        <source>Save network as</source>
        <translation>Enregistrer le réseau sous</translation>
    </message>
    <message>
        <source>Could not save the network</source>
        <translation>Impossible d&apos;enregistrer le réseau</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“{0}” has unsaved changes. Save them first?</source>
        <translation>«&#xa0;{0}&#xa0;» a des modifications non enregistrées. Les enregistrer d&apos;abord&#xa0;?</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>input layer</source>
        <translation>couche d&apos;entrée</translation>
    </message>
    <message>
        <source>output layer</source>
        <translation>couche de sortie</translation>
    </message>
    <message>
        <source>hidden layer {0}</source>
        <translation>couche cachée {0}</translation>
    </message>
    <message>
        <source>The open network&apos;s name and description (File → Examples has more)</source>
        <translation>Nom et description du réseau ouvert (Fichier → Exemples en propose d&apos;autres)</translation>
    </message>
    <message>
        <source>Click a neuron or a link to inspect it.</source>
        <translation>Cliquez sur un neurone ou une connexion pour l&apos;inspecter.</translation>
    </message>
    <message>
        <source>Then drag its sliders, type exact values, or use the arrow keys (±0.1, Shift ±0.01)</source>
        <translation>Puis faites glisser ses curseurs, tapez des valeurs exactes ou utilisez les flèches (±0.1, Maj ±0.01)</translation>
    </message>
    <message>
        <source>The open network at a glance</source>
        <translation>Le réseau ouvert en un coup d&apos;œil</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>couches</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>activations</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>jeu de données</translation>
    </message>
    <message>
        <source>weight from {src} ({src_layer}) to {dst} ({dst_layer})</source>
        <translation>poids de {src} ({src_layer}) vers {dst} ({dst_layer})</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>Weight of the link {0} → {1}</source>
        <translation>Poids de la connexion {0} → {1}</translation>
    </message>
    <message>
        <source>What this link adds to {0}&apos;s pre-activation: its input times its weight</source>
        <translation>Ce que cette connexion ajoute à la pré-activation de {0}&#xa0;: son entrée fois son poids</translation>
    </message>
    <message>
        <source>input {0} of {1}: the value fed into the network</source>
        <translation>entrée {0} sur {1}&#xa0;: la valeur donnée au réseau</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>Value of input {0}</source>
        <translation>Valeur de l&apos;entrée {0}</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>biais</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activation</translation>
    </message>
    <message>
        <source>values</source>
        <translation>valeurs</translation>
    </message>
    <message>
        <source>slider range</source>
        <translation>plage des curseurs</translation>
    </message>
    <message>
        <source>Range of the bias and weight sliders on this page.
A slider widens by itself when its value lies outside it.</source>
        <translation>Plage des curseurs de biais et de poids de cette page.
Un curseur s&apos;élargit de lui-même quand sa valeur en sort.</translation>
    </message>
    <message>
        <source>neuron {index} of {count} in the {layer}</source>
        <translation>neurone {index} sur {count} de la {layer}</translation>
    </message>
    <message>
        <source>Bias b of {0}: added to its weighted inputs</source>
        <translation>Biais b de {0}&#xa0;: ajouté à la somme pondérée de ses entrées</translation>
    </message>
    <message>
        <source>Activation function f of every neuron in the {layer} ({count} neurons)</source>
        <translation>Fonction d&apos;activation f de tous les neurones de la {layer} ({count} neurones)</translation>
    </message>
    <message>
        <source>{0}.
softmax is only offered for the output layer.</source>
        <translation>{0}.
softmax n&apos;est proposée que pour la couche de sortie.</translation>
    </message>
    <message>
        <source>(all {0} neurons of this layer)</source>
        <translation>(toute la couche, {0} neurones)</translation>
    </message>
    <message>
        <source>a = Σ wᵢ·xᵢ + b is the pre-activation, y = f(a) the neuron&apos;s output</source>
        <translation>a = Σ wᵢ·xᵢ + b est la pré-activation, y = f(a) la sortie du neurone</translation>
    </message>
    <message>
        <source>incoming weights</source>
        <translation>poids entrants</translation>
    </message>
    <message>
        <source>showing {0} of {1}</source>
        <translation>{0} affichés sur {1}</translation>
    </message>
    <message>
        <source>Only the first {0} incoming weights get a slider; select a link on the canvas to edit any other</source>
        <translation>Seuls les {0} premiers poids entrants ont un curseur&#xa0;; sélectionnez une connexion sur le canevas pour modifier les autres</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default ({0})</source>
        <translation>Langue du système ({0})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Synaptica will speak {0} the next time it starts.</source>
        <translation>Synaptica s’affichera en {0} au prochain démarrage.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Inspector</source>
        <extracomment>Bumped when the default dock layout changes, so an old saved layout does not hide the new one.</extracomment>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Truth table</source>
        <translation>Table de vérité</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Activation function</source>
        <translation>Fonction d&apos;activation</translation>
    </message>
    <message>
        <source>&amp;New network…</source>
        <translation>&amp;Nouveau réseau…</translation>
    </message>
    <message>
        <source>Start a new network with chosen layer sizes, activations and seed</source>
        <translation>Créer un réseau en choisissant les tailles des couches, les activations et la graine</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a network file (.json, or .onnx, .npz, .pkl from other tools)</source>
        <translation>Ouvrir un fichier de réseau (.json, ou .onnx, .npz, .pkl d&apos;autres outils)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the network</source>
        <translation>Enregistrer le réseau</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the network to a new file</source>
        <translation>Enregistrer le réseau dans un nouveau fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Synaptica</source>
        <translation>Quitter Synaptica</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <source>Show the whole network</source>
        <translation>Afficher tout le réseau</translation>
    </message>
    <message>
        <source>Add &amp;hidden layer</source>
        <translation>Ajouter une couche &amp;cachée</translation>
    </message>
    <message>
        <source>Insert a hidden layer after the selected layer (or before the outputs)</source>
        <translation>Insérer une couche cachée après la couche sélectionnée (ou avant les sorties)</translation>
    </message>
    <message>
        <source>&amp;Remove hidden layer</source>
        <translation>&amp;Supprimer la couche cachée</translation>
    </message>
    <message>
        <source>Remove the selected hidden layer (or the last one)</source>
        <translation>Supprimer la couche cachée sélectionnée (ou la dernière)</translation>
    </message>
    <message>
        <source>Add &amp;neuron</source>
        <translation>Ajouter un &amp;neurone</translation>
    </message>
    <message>
        <source>Add a neuron to the selected neuron&apos;s layer</source>
        <translation>Ajouter un neurone à la couche du neurone sélectionné</translation>
    </message>
    <message>
        <source>Remove neuron</source>
        <translation>Supprimer un neurone</translation>
    </message>
    <message>
        <source>Remove a neuron from the selected neuron&apos;s layer</source>
        <translation>Supprimer un neurone de la couche du neurone sélectionné</translation>
    </message>
    <message>
        <source>Number of &amp;inputs…</source>
        <translation>Nombre d&apos;&amp;entrées…</translation>
    </message>
    <message>
        <source>Change how many inputs the network has</source>
        <translation>Changer le nombre d&apos;entrées du réseau</translation>
    </message>
    <message>
        <source>Number of &amp;outputs…</source>
        <translation>Nombre de s&amp;orties…</translation>
    </message>
    <message>
        <source>Change how many outputs the network has</source>
        <translation>Changer le nombre de sorties du réseau</translation>
    </message>
    <message>
        <source>&amp;About Synaptica</source>
        <translation>À &amp;propos de Synaptica</translation>
    </message>
    <message>
        <source>Quick &amp;tour</source>
        <translation>&amp;Visite guidée</translation>
    </message>
    <message>
        <source>Seven steps through what Synaptica shows</source>
        <translation>Sept étapes pour découvrir ce que montre Synaptica</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Exemples</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>{0}.</source>
        <translation>{0}.</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Réseau</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Network shape, parameter count and current outputs</source>
        <translation>Forme du réseau, nombre de paramètres et sorties actuelles</translation>
    </message>
    <message>
        <source>Number of inputs</source>
        <translation>Nombre d&apos;entrées</translation>
    </message>
    <message>
        <source>How many inputs?</source>
        <translation>Combien d&apos;entrées&#xa0;?</translation>
    </message>
    <message>
        <source>Number of outputs</source>
        <translation>Nombre de sorties</translation>
    </message>
    <message>
        <source>How many outputs?</source>
        <translation>Combien de sorties&#xa0;?</translation>
    </message>
    <message>
        <source>largest output {label} = {value}</source>
        <translation>plus grande sortie {label} = {value}</translation>
    </message>
    <message>
        <source>{sizes} · {count} parameters · {outputs}</source>
        <translation>{sizes} · {count} paramètres · {outputs}</translation>
    </message>
    <message>
        <source>Quick tour</source>
        <translation>Visite guidée</translation>
    </message>
</context>
<context>
    <name>NewNetworkDialog</name>
    <message>
        <source>write the layer sizes from inputs to outputs, e.g. 2-3-1</source>
        <translation>écrivez les tailles des couches, des entrées aux sorties, par ex. 2-3-1</translation>
    </message>
    <message>
        <source>every layer needs at least one neuron</source>
        <translation>chaque couche doit avoir au moins un neurone</translation>
    </message>
    <message>
        <source>layers are limited to {0} neurons here</source>
        <translation>les couches sont limitées ici à {0} neurones</translation>
    </message>
    <message>
        <source>New network</source>
        <translation>Nouveau réseau</translation>
    </message>
    <message>
        <source>Choose later</source>
        <translation>Choisir plus tard</translation>
    </message>
    <message>
        <source>What the network will learn: picks a network that can learn it and the training settings (loss, optimizer, learning rate) that work</source>
        <translation>Ce que le réseau va apprendre&#xa0;: choisit un réseau capable de l&apos;apprendre et des réglages d&apos;entraînement qui marchent (perte, optimiseur, taux d&apos;apprentissage)</translation>
    </message>
    <message>
        <source>Neurons per layer from inputs to outputs, e.g. 2-8-8-1</source>
        <translation>Neurones par couche, des entrées aux sorties, par ex. 2-8-8-1</translation>
    </message>
    <message>
        <source>Activation function of every hidden layer</source>
        <translation>Fonction d&apos;activation de toutes les couches cachées</translation>
    </message>
    <message>
        <source>Activation function of the output layer (softmax turns scores into probabilities)</source>
        <translation>Fonction d&apos;activation de la couche de sortie (softmax change des scores en probabilités)</translation>
    </message>
    <message>
        <source>How the starting weights are drawn: zeros, normal (std 0.01), xavier √(1/n), he √(2/n)</source>
        <translation>Tirage des poids initiaux&#xa0;: zeros, normal (écart type 0.01), xavier √(1/n), he √(2/n)</translation>
    </message>
    <message>
        <source>Random seed: the same seed always gives the same starting weights</source>
        <translation>Graine aléatoire&#xa0;: la même graine donne toujours les mêmes poids initiaux</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Layer sizes</source>
        <translation>Tailles des couches</translation>
    </message>
    <message>
        <source>Hidden activation</source>
        <translation>Activation cachée</translation>
    </message>
    <message>
        <source>Output activation</source>
        <translation>Activation de sortie</translation>
    </message>
    <message>
        <source>Initialisation</source>
        <translation>Initialisation</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>New {0} network</source>
        <translation>Nouveau réseau {0}</translation>
    </message>
    <message>
        <source>New {shape} network for {dataset}</source>
        <translation>Nouveau réseau {shape} pour {dataset}</translation>
    </message>
    <message>
        <source>{problems} For example: {proposal}.</source>
        <translation>{problems} Par exemple&#xa0;: {proposal}.</translation>
    </message>
</context>
<context>
    <name>RangeCombo</name>
    <message>
        <source>Slider range. It widens by itself when a value lies outside it.</source>
        <translation>Plage du curseur. Elle s&apos;élargit d&apos;elle-même quand une valeur en sort.</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>{first} {second}</source>
        <extracomment>Language code → its name in that language (as a language menu shows it).</extracomment>
        <translation>{first} {second}</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>A perceptron is a logic gate.</source>
        <translation>Un perceptron est une porte logique.</translation>
    </message>
    <message>
        <source>File → Examples → AND gate. Click the output neuron and drag its bias in the Inspector from −0.7 to −0.2: the Truth table now says it computes OR.</source>
        <translation>Fichier → Exemples → Porte AND. Cliquez sur le neurone de sortie et faites glisser son biais dans l&apos;Inspecteur de −0.7 à −0.2&#xa0;: le panneau Table de vérité indique alors qu&apos;il calcule OR.</translation>
    </message>
    <message>
        <source>XOR needs two layers.</source>
        <translation>XOR demande deux couches.</translation>
    </message>
    <message>
        <source>Examples → XOR: a NAND and an OR neuron feed an AND neuron. Hover a neuron to read its formula, a = w·x + b → f(a).</source>
        <translation>Exemples → XOR à partir de NAND, OR et AND&#xa0;: un neurone NAND et un neurone OR alimentent un neurone AND. Survolez un neurone pour lire sa formule, a = w·x + b → f(a).</translation>
    </message>
    <message>
        <source>Forward propagation.</source>
        <translation>Propagation avant.</translation>
    </message>
    <message>
        <source>Examples → the textbook&apos;s 3-layer network opens on x = (1.0, 0.5) and shows the book&apos;s outputs. Change the inputs and follow the values layer by layer.</source>
        <translation>Exemples → Réseau à trois couches (manuel)&#xa0;: il s&apos;ouvre sur x = (1.0, 0.5) et affiche les sorties du manuel. Changez les entrées et suivez les valeurs couche par couche.</translation>
    </message>
    <message>
        <source>Activation functions.</source>
        <translation>Fonctions d&apos;activation.</translation>
    </message>
    <message>
        <source>Select a neuron and pick its layer&apos;s activation; the Activation panel marks where the neuron sits on f (tick “show derivative” for f′).</source>
        <translation>Sélectionnez un neurone et choisissez l&apos;activation de sa couche&#xa0;; le panneau Fonction d&apos;activation marque où se trouve le neurone sur f (cochez «&#xa0;afficher la dérivée&#xa0;» pour f′).</translation>
    </message>
    <message>
        <source>Train.</source>
        <translation>Entraîner.</translation>
    </message>
    <message>
        <source>File → New network…, pick a dataset (say Spiral): the dialog proposes a network that can learn it and the settings that work. Press Play (Space) and watch the loss and the decision boundary. If a run does not learn, the Training tab says why and fixes it with one click. Ctrl+Z undoes a whole run.</source>
        <translation>Fichier → Nouveau réseau…, choisissez un jeu de données (par exemple Spirale)&#xa0;: la boîte de dialogue propose un réseau capable de l&apos;apprendre et les réglages qui marchent. Appuyez sur Lecture (Espace) et regardez la perte et la frontière de décision. Si l&apos;entraînement n&apos;apprend pas, le panneau Entraînement dit pourquoi et corrige en un clic. Ctrl+Z annule tout un entraînement.</translation>
    </message>
    <message>
        <source>Learn step by step.</source>
        <translation>Apprendre pas à pas.</translation>
    </message>
    <message>
        <source>Lessons (F2) walk from one perceptron to Adam, each with a goal the app checks; the Learn menu (F5–F8) steps through forward and backward passes with the numbers; the Labs menu has small experiments (optimizer playground, derivatives, activations, draw your own data or digits).</source>
        <translation>Les leçons (F2) vont d&apos;un seul perceptron jusqu&apos;à Adam, chacune avec un objectif que l&apos;application vérifie&#xa0;; le menu Apprentissage (F5 à F8) parcourt pas à pas la propagation avant et arrière, nombres à l&apos;appui&#xa0;; le menu Ateliers propose de petites expériences (bac à sable des optimiseurs, dérivées, activations, dessiner vos propres données ou chiffres).</translation>
    </message>
    <message>
        <source>Save.</source>
        <translation>Enregistrer.</translation>
    </message>
    <message>
        <source>Files keep every weight exactly, the training settings and the loss curve.</source>
        <translation>Les fichiers gardent chaque poids exactement, les réglages d&apos;entraînement et la courbe de perte.</translation>
    </message>
</context>
<context>
    <name>UndoBudget</name>
    <message>
        <source>Undo keeps up to {0} MB of steps; the oldest are dropped first</source>
        <translation>L&apos;annulation garde jusqu&apos;à {0} Mo d&apos;étapes&#xa0;; les plus anciennes partent en premier</translation>
    </message>
</context>
<context>
    <name>ValueSlider</name>
    <message>
        <source>Drag to change (one drag = one undo step; hold Shift for a finer drag). Arrow keys or wheel: ±0.01, with Shift: ±0.001.</source>
        <translation>Faites glisser pour changer (un glissement = une étape d&apos;annulation&#xa0;; Maj pour un glissement plus fin). Flèches ou molette&#xa0;: ±0.01, avec Maj&#xa0;: ±0.001.</translation>
    </message>
    <message>
        <source>Type an exact value and press Enter. Up/Down or wheel: ±0.01, with Shift: ±0.001.</source>
        <translation>Tapez une valeur exacte et appuyez sur Entrée. Haut/Bas ou molette&#xa0;: ±0.01, avec Maj&#xa0;: ±0.001.</translation>
    </message>
</context>
</TS>
