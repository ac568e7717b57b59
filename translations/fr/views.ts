<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActivationPlot</name>
    <message>
        <source>Which neuron&apos;s activation function is shown</source>
        <translation>Le neurone dont la fonction d&apos;activation est affichée</translation>
    </message>
    <message>
        <source>show derivative</source>
        <translation>afficher la dérivée</translation>
    </message>
    <message>
        <source>Also plot f′(a), the slope backpropagation multiplies by</source>
        <translation>Tracer aussi f′(a), la pente par laquelle la rétropropagation multiplie</translation>
    </message>
    <message>
        <source>The neuron&apos;s current pre-activation a and output y = f(a)</source>
        <translation>La pré-activation a actuelle du neurone et sa sortie y = f(a)</translation>
    </message>
    <message>
        <source>a (pre-activation)</source>
        <translation>a (pré-activation)</translation>
    </message>
    <message>
        <source>The activation function; the marker is the neuron&apos;s current (a, y)</source>
        <translation>La fonction d&apos;activation&#xa0;; le marqueur est le point (a, y) actuel du neurone</translation>
    </message>
    <message>
        <source>Showing the neuron the selected link feeds.</source>
        <translation>Neurone alimenté par la connexion sélectionnée.</translation>
    </message>
    <message>
        <source>Showing the first output; select a neuron to see its own.</source>
        <translation>Première sortie affichée&#xa0;; sélectionnez un neurone pour voir sa propre fonction.</translation>
    </message>
    <message>
        <source>f = {name} of neuron {neuron}</source>
        <translation>f = {name} du neurone {neuron}</translation>
    </message>
    <message>
        <source>Softmax couples the outputs: the curve is {0} as a function of its own logit, the layer&apos;s other logits held at their current values.</source>
        <translation>La softmax couple les sorties&#xa0;: la courbe montre {0} en fonction de son propre logit, les autres logits de la couche restant à leur valeur actuelle.</translation>
    </message>
</context>
<context>
    <name>BoundaryPlot</name>
    <message>
        <source>The decision boundary is drawn for networks with 2 inputs</source>
        <translation>La frontière de décision est tracée pour les réseaux à 2 entrées</translation>
    </message>
    <message>
        <source>The decision boundary shows the network&apos;s answer over the plane of its two inputs, around the data it learns from. This network has no dataset yet: pick one with 2 inputs in the Training tab (circle, xor, gauss, spiral, moons or a logic gate).</source>
        <translation>La frontière de décision montre la réponse du réseau sur le plan de ses deux entrées, autour des données dont il apprend. Ce réseau n&apos;a pas encore de jeu de données&#xa0;: choisissez-en un à 2 entrées dans le panneau Entraînement (Cercle, XOR, Nuages gaussiens, Spirale, Deux lunes ou une porte logique).</translation>
    </message>
    <message>
        <source>What the heatmap shows: the network&apos;s output, or the neuron under the mouse on the canvas</source>
        <translation>Ce que montre la carte de chaleur&#xa0;: la sortie du réseau, ou le neurone sous la souris dans le schéma</translation>
    </message>
    <message>
        <source>The network&apos;s answer at every point of the input plane.
Colour = predicted class, paler = less sure; the pale seam is the decision boundary.
Filled circles: training samples. Hollow squares: test samples. Click one to probe it.</source>
        <translation>La réponse du réseau en chaque point du plan des entrées.
Couleur = classe prédite, plus pâle = moins sûr&#xa0;; la bande pâle est la frontière de décision.
Disques pleins&#xa0;: échantillons d&apos;entraînement. Carrés vides&#xa0;: échantillons de test. Cliquez sur l&apos;un d&apos;eux pour l&apos;examiner.</translation>
    </message>
    <message>
        <source>Class colours and point symbols; + is the current input (the Inputs panel)</source>
        <translation>Couleurs des classes et symboles des points&#xa0;; + est l&apos;entrée actuelle (panneau Entrées)</translation>
    </message>
    <message>
        <source>current input ({0}, {1})</source>
        <translation>entrée actuelle ({0}, {1})</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>Frontière de décision</translation>
    </message>
    <message>
        <source>The decision boundary is drawn over the plane of two inputs, but the {name} data has {features} features. Pick a dataset with 2 inputs in the Training tab, or a network with {features} inputs for this one.</source>
        <translation>La frontière de décision se trace sur le plan de deux entrées, mais les données {name} ont {features} caractéristiques. Choisissez un jeu de données à 2 entrées dans le panneau Entraînement, ou un réseau à {features} entrées pour celui-ci.</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>probe</source>
        <translation>examiné</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>cible {0}</translation>
    </message>
    <message>
        <source>class {0}</source>
        <translation>classe {0}</translation>
    </message>
    <message>
        <source>training sample {row}: ({x}, {y}), {label}</source>
        <translation>échantillon d&apos;entraînement {row}&#xa0;: ({x}, {y}), {label}</translation>
    </message>
    <message>
        <source>test sample {row}: ({x}, {y}), {label}</source>
        <translation>échantillon de test {row}&#xa0;: ({x}, {y}), {label}</translation>
    </message>
    <message>
        <source>Network output</source>
        <translation>Sortie du réseau</translation>
    </message>
    <message>
        <source>Input {0}</source>
        <translation>Entrée {0}</translation>
    </message>
    <message>
        <source>Output neuron {label} ({activation})</source>
        <translation>Neurone de sortie {label} ({activation})</translation>
    </message>
    <message>
        <source>Hidden neuron {label} ({activation})</source>
        <translation>Neurone caché {label} ({activation})</translation>
    </message>
    <message>
        <source>{0}: P(class {1})</source>
        <translation>{0}&#xa0;: P(classe {1})</translation>
    </message>
</context>
<context>
    <name>CanvasFormula</name>
    <message>
        <source>inputs</source>
        <translation>entrées</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>sorties</translation>
    </message>
    <message>
        <source>hidden {0}</source>
        <translation>cachée {0}</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>cachée</translation>
    </message>
    <message>
        <source>{0} neurons</source>
        <translation>{0} neurones</translation>
    </message>
    <message>
        <source>({0} terms)</source>
        <translation>({0} termes)</translation>
    </message>
    <message>
        <source>{label} — {layer}, neuron {number}</source>
        <translation>{label} — neurone {number} ({layer})</translation>
    </message>
    <message>
        <source>value = {0}</source>
        <translation>valeur = {0}</translation>
    </message>
    <message>
        <source>Click to select it and set its value.</source>
        <translation>Cliquez pour le sélectionner et régler sa valeur.</translation>
    </message>
    <message>
        <source>where {0}</source>
        <translation>où {0}</translation>
    </message>
    <message>
        <source>softmax: e^a of this neuron divided by the sum of e^a over the layer</source>
        <translation>softmax&#xa0;: e^a de ce neurone divisé par la somme des e^a de la couche</translation>
    </message>
    <message>
        <source>Click to select it and edit its bias or activation.</source>
        <translation>Cliquez pour le sélectionner et modifier son biais ou son activation.</translation>
    </message>
    <message>
        <source>Click to select this weight and edit it.</source>
        <translation>Cliquez pour sélectionner ce poids et le modifier.</translation>
    </message>
</context>
<context>
    <name>CanvasLegend</name>
    <message>
        <source>How to read the diagram:
• a link&apos;s colour is the sign of its weight, its width is |w| (relative to the largest weight in the network)
• a neuron&apos;s shade is its current output (saturating at ±1); the number is its output, &quot;b&quot; its bias
Hover a neuron or link for its formula; click to select it.</source>
        <translation>Lire le schéma&#xa0;:
• la couleur d&apos;une connexion est le signe de son poids, son épaisseur est |w| (par rapport au plus grand poids du réseau)
• la teinte d&apos;un neurone est sa sortie actuelle (saturée à ±1)&#xa0;; le nombre est sa sortie, «&#xa0;b&#xa0;» son biais
Survolez un neurone ou une connexion pour voir sa formule&#xa0;; cliquez pour le sélectionner.</translation>
    </message>
    <message>
        <source>positive weight</source>
        <translation>poids positif</translation>
    </message>
    <message>
        <source>negative weight</source>
        <translation>poids négatif</translation>
    </message>
    <message>
        <source>width = |w|</source>
        <translation>épaisseur = |w|</translation>
    </message>
    <message>
        <source>neuron shade = output</source>
        <translation>teinte du neurone = sortie</translation>
    </message>
</context>
<context>
    <name>InputsPanel</name>
    <message>
        <source>no dataset chosen</source>
        <translation>aucun jeu de données choisi</translation>
    </message>
    <message>
        <source>binary 0/1</source>
        <translation>binaire 0/1</translation>
    </message>
    <message>
        <source>Checked: each input is a 0/1 toggle (logic gates).
Unchecked: each input is a continuous slider.</source>
        <translation>Coché&#xa0;: chaque entrée est un interrupteur 0/1 (portes logiques).
Décoché&#xa0;: chaque entrée est un curseur continu.</translation>
    </message>
    <message>
        <source>Input {0}: click to switch between 0 and 1</source>
        <translation>Entrée {0}&#xa0;: cliquez pour basculer entre 0 et 1</translation>
    </message>
    <message>
        <source>Value of input {0}</source>
        <translation>Valeur de l&apos;entrée {0}</translation>
    </message>
    <message>
        <source>The current input vector drawn as an image (dark = 0, light = high)</source>
        <translation>Le vecteur d&apos;entrée actuel dessiné comme une image (sombre = 0, clair = élevé)</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>échantillon</translation>
    </message>
    <message>
        <source>Feed this sample of the dataset into the network (one undo step).
Samples count from 1, as in the probe panel.</source>
        <translation>Envoie cet échantillon du jeu de données dans le réseau (une seule étape d&apos;annulation).
Les échantillons sont numérotés à partir de 1, comme dans le panneau Échantillon examiné.</translation>
    </message>
    <message>
        <source>use</source>
        <translation>utiliser</translation>
    </message>
    <message>
        <source>Feed the sample shown in the box into the network (one undo step)</source>
        <translation>Envoie l&apos;échantillon indiqué dans la case dans le réseau (une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>{name}: {count} samples</source>
        <translation>{name}&#xa0;: {count} échantillons</translation>
    </message>
    <message>
        <source>dataset &apos;{name}&apos; has {features} features, the network {inputs} inputs</source>
        <translation>le jeu de données «&#xa0;{name}&#xa0;» a {features} caractéristiques, le réseau {inputs} entrées</translation>
    </message>
    <message>
        <source>No samples to pick: {0}.</source>
        <translation>Aucun échantillon à choisir&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>all zeros</source>
        <translation>tout à 0</translation>
    </message>
    <message>
        <source>Set every input to 0 (one undo step)</source>
        <translation>Met toutes les entrées à 0 (une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aléatoire</translation>
    </message>
    <message>
        <source>Set every input to a random value in the dataset&apos;s range (0…1 without a dataset)</source>
        <translation>Donne à chaque entrée une valeur aléatoire dans la plage du jeu de données (0…1 sans jeu de données)</translation>
    </message>
    <message>
        <source>{name} sample {number} of {count}: class {label}</source>
        <translation>{name}, échantillon {number} sur {count}&#xa0;: classe {label}</translation>
    </message>
    <message>
        <source>{count} inputs · min {min} · max {max} · mean {mean}</source>
        <translation>{count} entrées · min {min} · max {max} · moy. {mean}</translation>
    </message>
    <message>
        <source>0/1 toggles</source>
        <translation>interrupteurs 0/1</translation>
    </message>
    <message>
        <source>sliders</source>
        <translation>curseurs</translation>
    </message>
    <message>
        <source>a dataset sample</source>
        <translation>un échantillon</translation>
    </message>
    <message>
        <source>1 input · {0}</source>
        <translation>1 entrée · {0}</translation>
    </message>
    <message>
        <source>{0} inputs · {1}</source>
        <translation>{0} entrées · {1}</translation>
    </message>
    <message>
        <source>(not an image)</source>
        <translation>(pas une image)</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>The latest epoch&apos;s loss and accuracy on the training set (and the test set).
They describe the weights at the end of the last training run (“Last run”); after you edit a weight or bias they no longer describe the network as it is now (“Before edits”).
The truth table and the outputs always show the weights as they are now.</source>
        <translation>La perte et l&apos;exactitude de la dernière époque sur les données d&apos;entraînement (et de test).
Elles décrivent les poids à la fin du dernier entraînement («&#xa0;Dernier entraînement&#xa0;»)&#xa0;; après la modification d&apos;un poids ou d&apos;un biais, elles ne décrivent plus le réseau actuel («&#xa0;Avant modifications&#xa0;»).
La table de vérité et les sorties montrent toujours les poids actuels.</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>échelle log</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: late, small improvements stay visible.
Epochs with a loss of exactly 0 are left out.</source>
        <translation>Affiche la perte sur un axe logarithmique&#xa0;: les petites améliorations tardives restent visibles.
Les époques dont la perte vaut exactement 0 sont omises.</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>Loss per epoch: solid = training set, dashed = test set</source>
        <translation>Perte par époque&#xa0;: trait plein = entraînement, tirets = test</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>réussite</translation>
    </message>
    <message>
        <source>Share of samples classified correctly: solid = training set, dashed = test set</source>
        <translation>Part des échantillons bien classés&#xa0;: trait plein = entraînement, tirets = test</translation>
    </message>
    <message>
        <source>No training yet. The loss appears here, epoch by epoch, once training starts.</source>
        <translation>Pas encore d&apos;entraînement. La perte s&apos;affiche ici, époque par époque, dès que l&apos;entraînement commence.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>Loss per epoch</source>
        <translation>Perte par époque</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Before edits</source>
        <translation>Avant modifications</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernier entraînement</translation>
    </message>
    <message>
        <source>loss: train {0}, test {1}</source>
        <translation>perte&#xa0;: entr. {0}, test {1}</translation>
    </message>
    <message>
        <source>loss: train {0}</source>
        <translation>perte&#xa0;: entr. {0}</translation>
    </message>
    <message>
        <source>accuracy: train {0}, test {1}</source>
        <translation>exactitude&#xa0;: entr. {0}, test {1}</translation>
    </message>
    <message>
        <source>accuracy: train {0}</source>
        <translation>exactitude&#xa0;: entr. {0}</translation>
    </message>
    <message>
        <source>{when} · epoch {epoch}</source>
        <translation>{when} · époque {epoch}</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Click a neuron or a link to select it · drag to pan · wheel or Ctrl+plus/minus to zoom · Ctrl+0 fits</source>
        <translation>Cliquez sur un neurone ou une connexion pour le sélectionner · glissez pour déplacer · molette ou Ctrl+plus/moins pour zoomer · Ctrl+0 ajuste la vue</translation>
    </message>
</context>
<context>
    <name>OutputsPanel</name>
    <message>
        <source>The network&apos;s output values for the current inputs</source>
        <translation>Les valeurs de sortie du réseau pour les entrées actuelles</translation>
    </message>
    <message>
        <source>One bar per output neuron; the number above a bar is its value</source>
        <translation>Une barre par neurone de sortie&#xa0;; le nombre au-dessus d&apos;une barre est sa valeur</translation>
    </message>
    <message>
        <source>probabilities (softmax, sum = {0})</source>
        <translation>probabilités (softmax, somme = {0})</translation>
    </message>
    <message>
        <source>outputs ({0})</source>
        <translation>sorties ({0})</translation>
    </message>
</context>
<context>
    <name>ProbabilityPlot</name>
    <message>
        <source>true &lt;b&gt;{true}&lt;/b&gt;, {verdict}</source>
        <translation>attendu &lt;b&gt;{true}&lt;/b&gt;, {verdict}</translation>
    </message>
    <message>
        <source>The probe sample, its true class and what the network predicts for it</source>
        <translation>L&apos;échantillon examiné, sa vraie classe et la prédiction du réseau</translation>
    </message>
    <message>
        <source>The network&apos;s output for the probe sample, one bar per class.
The outlined bar is the true class.</source>
        <translation>La sortie du réseau pour l&apos;échantillon examiné, une barre par classe.
La barre entourée est la vraie classe.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>The probe sample as an image</source>
        <translation>L&apos;échantillon examiné sous forme d&apos;image</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <source>Pick the sample whose outputs are shown (the probe); clicking a point in the decision-boundary plot picks it too</source>
        <translation>Choisissez l&apos;échantillon dont les sorties sont affichées&#xa0;; un clic sur un point du panneau Frontière de décision le choisit aussi</translation>
    </message>
    <message>
        <source>Previous sample</source>
        <translation>Échantillon précédent</translation>
    </message>
    <message>
        <source>Which sample to look at (its row number in the set named on the right)</source>
        <translation>L&apos;échantillon à examiner (son numéro de ligne dans l&apos;ensemble indiqué à droite)</translation>
    </message>
    <message>
        <source>Next sample</source>
        <translation>Échantillon suivant</translation>
    </message>
    <message>
        <source>The set the sample comes from: the test set, or the training set when there is no test set</source>
        <translation>L&apos;ensemble d&apos;où vient l&apos;échantillon&#xa0;: les données de test, ou d&apos;entraînement s&apos;il n&apos;y a pas de test</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>probabilité</translation>
    </message>
    <message>
        <source>share of outputs</source>
        <translation>part des sorties</translation>
    </message>
    <message>
        <source>of {0} (test set)</source>
        <translation>sur {0} (test)</translation>
    </message>
    <message>
        <source>of {0} (training set)</source>
        <translation>sur {0} (entraînement)</translation>
    </message>
    <message>
        <source>Test set #{0}</source>
        <translation>Test nº {0}</translation>
    </message>
    <message>
        <source>Training set #{0}</source>
        <translation>Entraînement nº {0}</translation>
    </message>
    <message>
        <source>Current inputs</source>
        <translation>Entrées actuelles</translation>
    </message>
    <message>
        <source>predicted &lt;b&gt;{0}&lt;/b&gt; ({1})</source>
        <translation>prédit &lt;b&gt;{0}&lt;/b&gt; ({1})</translation>
    </message>
    <message>
        <source>{where}: {verdict}</source>
        <translation>{where}&#xa0;: {verdict}</translation>
    </message>
    <message>
        <source>predicted &lt;b&gt;{0}&lt;/b&gt; (output {1})</source>
        <translation>prédit &lt;b&gt;{0}&lt;/b&gt; (sortie {1})</translation>
    </message>
    <message>
        <source>predicted &lt;b&gt;{0}&lt;/b&gt; (largest output {1})</source>
        <translation>prédit &lt;b&gt;{0}&lt;/b&gt; (sortie max. {1})</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>cible {0}</translation>
    </message>
    <message>
        <source>output {0}</source>
        <translation>sortie {0}</translation>
    </message>
    <message>
        <source>The data has {0} features but the network has {1} inputs</source>
        <translation>Les données ont {0} caractéristiques mais le réseau a {1} entrées</translation>
    </message>
</context>
<context>
    <name>ProbeSet</name>
    <message>
        <source>test set</source>
        <translation>données de test</translation>
    </message>
    <message>
        <source>training set</source>
        <translation>données d&apos;entraînement</translation>
    </message>
</context>
<context>
    <name>TruthTablePanel</name>
    <message>
        <source>target</source>
        <extracomment>True when the panel shows a table, False when it explains why there is none (e.g. spiral data).</extracomment>
        <translation>cible</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The logic gate the outputs are checked against (output &gt; 0.5 counts as 1)</source>
        <translation>La porte logique à laquelle les sorties sont comparées (une sortie &gt; 0.5 compte comme 1)</translation>
    </message>
    <message>
        <source>How many rows the network gets right for the chosen target, with the weights as they are now</source>
        <translation>Le nombre de lignes justes pour la cible choisie, avec les poids actuels</translation>
    </message>
    <message>
        <source>Which logic gate the output computes right now (output &gt; 0.5 counts as 1)</source>
        <translation>La porte logique que la sortie calcule en ce moment (une sortie &gt; 0.5 compte comme 1)</translation>
    </message>
    <message>
        <source>Click a row to feed that input combination into the network</source>
        <translation>Cliquez sur une ligne pour envoyer cette combinaison d&apos;entrées dans le réseau</translation>
    </message>
    <message>
        <source>Click a row to feed it into the network.</source>
        <translation>Cliquez sur une ligne pour l&apos;envoyer au réseau.</translation>
    </message>
    <message>
        <source>A truth table lists every 0/1 combination of the inputs. This network has {inputs} inputs ({rows} rows), so the table is shown only for networks with up to {most} inputs.</source>
        <translation>Une table de vérité liste toutes les combinaisons 0/1 des entrées. Ce réseau a {inputs} entrées ({rows} lignes)&#xa0;: la table n&apos;est affichée que pour les réseaux d&apos;au plus {most} entrées.</translation>
    </message>
    <message>
        <source>A truth table lists the outputs for every 0/1 combination of the inputs. The {name} data&apos;s inputs are not 0/1 values ({features}), so such a table would show inputs the network never sees. It is shown for logic-gate data and for networks without a dataset.</source>
        <translation>Une table de vérité liste les sorties pour toutes les combinaisons 0/1 des entrées. Les entrées des données {name} ne sont pas des valeurs 0/1 ({features})&#xa0;: une telle table montrerait des entrées que le réseau ne voit jamais. Elle est affichée pour les données de portes logiques et pour les réseaux sans jeu de données.</translation>
    </message>
    <message>
        <source>A truth table is shown for logic-gate data (0/1 inputs) and for networks without a dataset; this network&apos;s data ({0}) cannot be checked for 0/1 inputs here.</source>
        <translation>La table de vérité est affichée pour les données de portes logiques (entrées 0/1) et pour les réseaux sans jeu de données&#xa0;; impossible de vérifier ici si les données de ce réseau ({0}) sont des entrées 0/1.</translation>
    </message>
    <message>
        <source>Logic gates need 2 to 4 inputs</source>
        <translation>Les portes logiques demandent de 2 à 4 entrées</translation>
    </message>
    <message>
        <source>match</source>
        <translation>correct</translation>
    </message>
    <message>
        <source>input {0}</source>
        <translation>entrée {0}</translation>
    </message>
    <message>
        <source>output {0} of the network for this row</source>
        <translation>sortie {0} du réseau pour cette ligne</translation>
    </message>
    <message>
        <source>what the target gate says for this row</source>
        <translation>ce que donne la porte cible pour cette ligne</translation>
    </message>
    <message>
        <source>✓ when the network&apos;s answer (output &gt; 0.5, or the largest output) matches the target</source>
        <translation>✓ quand la réponse du réseau (sortie &gt; 0.5, ou la plus grande sortie) correspond à la cible</translation>
    </message>
    <message>
        <source>✓ when the network&apos;s answer (output &gt; 0.5) matches the target</source>
        <translation>✓ quand la réponse du réseau (sortie &gt; 0.5) correspond à la cible</translation>
    </message>
    <message>
        <source>Choose a target gate to check the outputs</source>
        <translation>Choisissez une porte cible pour vérifier les sorties</translation>
    </message>
    <message>
        <source>{mark} {right}/{total} correct now</source>
        <translation>{mark} {right}/{total} justes</translation>
    </message>
    <message>
        <source>With the weights as they are now, {right} of {total} rows match {gate}.</source>
        <translation>Avec les poids actuels, {right} lignes sur {total} correspondent à {gate}.</translation>
    </message>
    <message>
        <source>With the weights as they are now, {right} of {total} rows match {gate}; {wrong} wrong.</source>
        <translation>Avec les poids actuels, {right} lignes sur {total} correspondent à {gate}&#xa0;; {wrong} sont fausses.</translation>
    </message>
    <message>
        <source>The accuracy beside the loss curve is that of the weights at the end of the last training run.</source>
        <translation>L&apos;exactitude affichée près de la courbe de perte est celle des poids à la fin du dernier entraînement.</translation>
    </message>
    <message>
        <source>computes: no standard gate</source>
        <translation>calcule&#xa0;: aucune porte standard</translation>
    </message>
    <message>
        <source>computes: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>calcule&#xa0;: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
</context>
</TS>
